import { describe, expect, it } from 'vitest'
import type { Scale } from '../../../../shared/model/scorecard'
import { isOnScale, normaliseScore, parseAnswer, parseScaleText, scaleLabel } from '../../../../shared/scoring/normalise'
import { range, YES_NO } from './fixtures'

describe('normaliseScore', () => {
  it.each<[number | null, Scale, number | null]>([
    [1, YES_NO, 100],
    [0, YES_NO, 0],
    [4, range(1, 5), 75],
    [1, range(1, 5), 0],
    [5, range(1, 5), 100],
    [8, range(0, 10), 80],
    [3, range(1, 5), 50],
    [4.5, range(1, 5), 87.5],
    [37, range(0, 100), 37],
    [0, range(-3, 3), 50],
    [null, YES_NO, null],
    [null, range(1, 5), null],
  ])('%s on %j → %s', (value, scale, expected) => {
    expect(normaliseScore(value, scale)).toBe(expected)
  })

  it.each<[number, Scale]>([
    [6, range(1, 5)],
    [0, range(1, 5)],
    [-1, range(0, 10)],
    [0.5, YES_NO],
    [2, YES_NO],
    [Number.NaN, range(0, 10)],
  ])('throws for %s off %j', (value, scale) => {
    expect(isOnScale(value, scale)).toBe(false)
    expect(() => normaliseScore(value, scale)).toThrow(RangeError)
  })

  it('labels scales', () => {
    expect(scaleLabel(YES_NO)).toBe('yes/no')
    expect(scaleLabel(range(0, 10))).toBe('0–10')
  })
})

describe('parseScaleText', () => {
  it.each<[string, Scale]>([
    ['是/否', YES_NO],
    ['yes/no', YES_NO],
    ['Yes / No', YES_NO],
    ['Y/N', YES_NO],
    ['是否', YES_NO],
    ['1-5', range(1, 5)],
    ['1–5', range(1, 5)],
    ['1 — 5', range(1, 5)],
    ['0-10', range(0, 10)],
    ['0~100', range(0, 100)],
    ['0～100', range(0, 100)],
    ['1到5', range(1, 5)],
    ['1至5分', range(1, 5)],
    ['１－５', range(1, 5)],
    ['1 to 7', range(1, 7)],
    ['-3-3', range(-3, 3)],
    ['−3~3', range(-3, 3)],
  ])('%j → %j', (text, expected) => {
    expect(parseScaleText(text)).toEqual(expected)
  })

  it.each(['', 'five', '5-1', '3-3', '1-', '1/5', 'yes'])('refuses %j', (text) => {
    expect(parseScaleText(text)).toBeNull()
  })
})

describe('parseAnswer', () => {
  it.each(['', '  ', 'N/A', 'n/a', 'NA', 'na', 'n.a.', '不适用', 'Ｎ／Ａ'])('%j is N/A on any scale', (text) => {
    expect(parseAnswer(text, YES_NO)).toEqual({ ok: true, value: null })
    expect(parseAnswer(text, range(1, 5))).toEqual({ ok: true, value: null })
  })

  it.each([
    ['yes', 1],
    ['Y', 1],
    ['是', 1],
    ['1', 1],
    ['TRUE', 1],
    ['√', 1],
    ['no', 0],
    ['n', 0],
    ['否', 0],
    ['0', 0],
    ['false', 0],
    ['×', 0],
  ])('yes/no reads %j as %d', (text, value) => {
    expect(parseAnswer(text, YES_NO)).toEqual({ ok: true, value })
  })

  it('refuses other yes/no answers, quoting them', () => {
    expect(parseAnswer(' maybe ', YES_NO)).toEqual({ ok: false, problem: { key: 'scoring.answerNotYesNo', params: { answer: 'maybe' } } })
    expect(parseAnswer('2', YES_NO)).toEqual({ ok: false, problem: { key: 'scoring.answerNotYesNo', params: { answer: '2' } } })
  })

  it.each([
    ['4', 4],
    ['4.5', 4.5],
    ['４', 4],
    ['４.５', 4.5],
    [' 5 ', 5],
    ['3分', 3],
    ['1', 1],
  ])('1–5 reads %j as %d', (text, value) => {
    expect(parseAnswer(text, range(1, 5))).toEqual({ ok: true, value })
  })

  it('reads negative values on a signed scale, with the typographic minus', () => {
    expect(parseAnswer('−2', range(-3, 3))).toEqual({ ok: true, value: -2 })
    expect(parseAnswer('-0', range(-3, 3))).toEqual({ ok: true, value: 0 })
  })

  it('refuses words and values off the scale', () => {
    expect(parseAnswer('good', range(1, 5))).toEqual({ ok: false, problem: { key: 'scoring.answerNotNumber', params: { answer: 'good' } } })
    expect(parseAnswer('yes', range(1, 5))).toEqual({ ok: false, problem: { key: 'scoring.answerNotNumber', params: { answer: 'yes' } } })
    expect(parseAnswer('6', range(1, 5))).toEqual({
      ok: false,
      problem: { key: 'scoring.answerOutOfRange', params: { answer: '6', min: 1, max: 5 } },
    })
    expect(parseAnswer('0', range(1, 5))).toMatchObject({ ok: false, problem: { key: 'scoring.answerOutOfRange' } })
  })
})
