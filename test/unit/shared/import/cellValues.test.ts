import { describe, expect, it } from 'vitest'
import {
  readEmotion,
  readImportance,
  readLane,
  readMot,
  readServqual,
  readYesNo,
  splitLines,
  splitList,
} from '../../../../shared/import/cellValues'

describe('spreadsheet cell values', () => {
  it.each([
    ['', 'frontstage'],
    ['customer', 'customer'],
    ['顾客行为', 'customer'],
    ['Customer actions', 'customer'],
    ['Frontstage', 'frontstage'],
    ['前台', 'frontstage'],
    ['前台接触', 'frontstage'],
    ['BACKSTAGE', 'backstage'],
    ['后台', 'backstage'],
    ['support', 'support'],
    ['支持', 'support'],
    [' 支持流程 ', 'support'],
  ])('reads the lane %j as %s', (text, lane) => {
    expect(readLane(text)).toEqual({ ok: true, value: lane })
  })

  it('hands back an unknown lane, trimmed, for the message', () => {
    expect(readLane(' kitchen ')).toEqual({ ok: false, bad: 'kitchen' })
  })

  it.each([
    ['', false, null],
    ['life', true, 'life'],
    ['Process', true, 'process'],
    ['business', true, 'business'],
    ['生活', true, 'life'],
    ['流程关键时刻', true, 'process'],
    ['业务', true, 'business'],
    ['业务关键时刻', true, 'business'],
    ['yes', true, null],
    ['是', true, null],
    ['Y', true, null],
    ['true', true, null],
    ['1', true, null],
    ['no', false, null],
    ['否', false, null],
  ])('reads the MOT cell %j as isMot=%s, family %s', (text, isMot, motFamily) => {
    expect(readMot(text)).toEqual({ ok: true, value: { isMot, motFamily } })
  })

  it('refuses an MOT value it does not know', () => {
    expect(readMot('maybe')).toEqual({ ok: false, bad: 'maybe' })
  })

  it.each([
    ['', false],
    ['yes', true],
    ['YES', true],
    ['是', true],
    ['y', true],
    ['1', true],
    ['√', true],
    ['no', false],
    ['否', false],
    ['0', false],
  ])('reads yes/no %j as %s', (text, value) => {
    expect(readYesNo(text)).toEqual({ ok: true, value })
  })

  it('refuses a yes/no value it does not know', () => {
    expect(readYesNo('sometimes')).toEqual({ ok: false, bad: 'sometimes' })
  })

  it.each([
    ['', 3],
    ['1', 1],
    ['5', 5],
    [' 4 ', 4],
    ['３', 3],
  ])('reads importance %j as %i', (text, value) => {
    expect(readImportance(text)).toEqual({ ok: true, value })
  })

  it.each(['0', '6', '2.5', 'high', '-1'])('refuses importance %j', (text) => {
    expect(readImportance(text)).toEqual({ ok: false, bad: text })
  })

  it.each([
    ['', 0],
    ['+2', 2],
    ['-1', -1],
    ['\u22121', -1],
    ['3', 3],
    ['-3', -3],
    ['-0', 0],
  ])('reads emotion %j as %i', (text, value) => {
    expect(readEmotion(text)).toEqual({ ok: true, value })
  })

  it.each(['4', '-4', '1.5', 'happy', '+'])('refuses emotion %j', (text) => {
    expect(readEmotion(text)).toEqual({ ok: false, bad: text })
  })

  it('reads SERVQUAL codes, English and Chinese names, the trainers\u2019 words, any separator, each once', () => {
    expect(readServqual('tangibles, Reliability；响应性、专业度;同理度，empathy')).toEqual({
      dimensions: ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'],
      unknown: [],
    })
    expect(readServqual('有形度、信赖度、反应度、保证性、移情性').dimensions).toEqual([
      'tangibles',
      'reliability',
      'responsiveness',
      'assurance',
      'empathy',
    ])
  })

  it('lists unknown SERVQUAL names separately and keeps the known ones', () => {
    expect(readServqual('empathy, speed, 价格')).toEqual({ dimensions: ['empathy'], unknown: ['speed', '价格'] })
  })

  it('splits list cells and multi-line cells, trimming and dropping empty items', () => {
    expect(splitList(' A ,B，C、D;E；F,, ')).toEqual(['A', 'B', 'C', 'D', 'E', 'F'])
    expect(splitLines(' greet within 3 s \r\n\r\n smile\nnod \r')).toEqual(['greet within 3 s', 'smile', 'nod'])
  })
})
