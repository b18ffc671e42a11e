/**
 * Why a value is invalid, in the user's language: zod's issues become validation messages that
 * "Invalid value in field …" embeds, so a Chinese user reads Chinese throughout.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { render, translate } from '../../../shared/i18n/translate'
import { issueDetail, issueField } from '../../../shared/model/issueDetail'
import { IdSchema } from '../../../shared/model/primitives'
import { TouchpointSchema } from '../../../shared/model/schema'
import { IndicatorSchema } from '../../../shared/model/scorecard'
import { journeyWithPath } from '../../helpers/builders'
import { renderedEverywhere } from '../../helpers/messages'

/** The first issue of parsing `value` with `schema`, as the reader and the JSON import report it. */
function detailOf(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value, { reportInput: true })
  if (parsed.success) throw new Error('expected an issue')
  return issueDetail(parsed.error.issues[0]!)
}

const touchpoint = () => TouchpointSchema.parse(Object.values(journeyWithPath([{ title: 'Greeting' }]).touchpoints)[0])

describe('issueDetail', () => {
  it.each([
    ['a title over 300 characters', { title: '长'.repeat(301) }, { detailKey: 'invalid.tooLong', max: 300 }],
    ['an emotion of 9', { emotion: 9 }, { detailKey: 'invalid.atMost', max: 3 }],
    ['an emotion of -4', { emotion: -4 }, { detailKey: 'invalid.atLeast', min: -3 }],
    ['an importance of 2.5', { importance: 2.5 }, { detailKey: 'invalid.notWhole' }],
    ['a title that is a number', { title: 42 }, { detailKey: 'invalid.notText' }],
    ['a missing title', { title: undefined }, { detailKey: 'invalid.missing' }],
    ['an MOT flag of "yes"', { isMot: 'yes' }, { detailKey: 'invalid.notYesNo' }],
    ['an unknown SERVQUAL dimension', { servqual: ['kindness'] }, { detailKey: 'invalid.notOneOf', values: 'tangibles, reliability, responsiveness, assurance, empathy' }],
    ['six SERVQUAL tags', { servqual: ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy', 'empathy'] }, { detailKey: 'invalid.tooMany', max: 5 }],
    ['an empty id', { id: '' }, { detailKey: 'invalid.empty' }],
    ['a reserved id', { stageId: 'toString' }, { detailKey: 'invalid.reservedId' }],
    ['standards that are not a list', { standards: 'greet' }, { detailKey: 'invalid.notList' }],
  ])('names %s', (_label, change, expected) => {
    expect(detailOf(TouchpointSchema, { ...touchpoint(), ...change })).toEqual(expected)
  })

  it('says a range scale must rise, in words, not zod\'s', () => {
    const indicator = { id: 'in_1', scorecardId: 'sc_1', name: 'Smile', description: '', dimension: 'empathy', weight: 1, scale: { kind: 'range', min: 5, max: 1 }, touchpointIds: [], sortKey: 'a0' }
    expect(detailOf(IndicatorSchema, indicator)).toEqual({ detailKey: 'invalid.rangeOrder' })
    expect(detailOf(z.number().positive(), 0)).toEqual({ detailKey: 'invalid.greaterThan', min: 0 })
    expect(detailOf(z.number().lt(10), 10)).toEqual({ detailKey: 'invalid.lessThan', max: 10 })
    expect(detailOf(IdSchema, 'x'.repeat(65))).toEqual({ detailKey: 'invalid.tooLong', max: 64 })
  })

  it('is embedded in the outer message, in one language throughout', () => {
    const message = { key: 'open.rowInvalid', params: { field: 'title', ...detailOf(TouchpointSchema, { ...touchpoint(), title: '长'.repeat(301) }) } }
    expect(render('en', message)).toBe('Invalid value in field "title": more than 300 characters')
    expect(render('zh-CN', message)).toBe('字段“title”的值无效：超过 300 个字符')
    expect(renderedEverywhere(message)).toBe(true)
    // A touchpoint field is named as the inspector names it; other records keep the data name.
    const issue = TouchpointSchema.safeParse({ ...touchpoint(), scriptLines: 'x' }).error!.issues[0]!
    expect(issueField('touchpoints', issue)).toEqual({ fieldKey: 'editor.tp.script' })
    expect(issueField('edges', issue)).toEqual({ field: 'scriptLines' })
    expect(render('zh-CN', { key: 'open.rowInvalid', params: { ...issueField('touchpoints', issue), ...issueDetail(issue) } })).toBe('字段“标准话术”的值无效：必须是列表')
    // A placeholder naming an Object.prototype member is not filled from the prototype.
    expect(translate('en', 'open.rowInvalid', {})).toBe('Invalid value in field "{field}": {detail}')
  })
})
