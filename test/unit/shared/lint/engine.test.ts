import { standard } from '../../../../shared/model/script'
import { describe, expect, it } from 'vitest'
import { lintMessages } from '../../../../shared/i18n/messages/lint'
import { LINT_RULES, lintJourney, renderFinding } from '../../../../shared/lint/engine'
import type { Finding } from '../../../../shared/lint/types'
import { touchpointsInDocumentOrder } from '../../../../shared/journey/mainPath'
import { makeTouchpoint } from '../../../../shared/model/factory'
import { LOCALES, type JourneyDocument } from '../../../../shared/model/schema'
import { buildTemplate, TEMPLATES } from '../../../../shared/templates'
import { bigJourney } from '../../../helpers/bigJourney'
import { makeEdge } from '../../../helpers/builders'
import { cleanJourney } from './helpers'

/** A journey with findings of every severity, scattered along the path and off it. */
function messyJourney(): { doc: JourneyDocument; ids: Record<string, string> } {
  const ids: Record<string, string> = {}
  const doc = cleanJourney((doc, byTitle) => {
    for (const title of ['Greeting', 'Quote', 'Installation', 'Follow-up call']) ids[title] = byTitle(title).id
    byTitle('Follow-up call').motFamily = 'life' // integrity error: a family without MOT
    byTitle('Greeting').role = '' // warning
    byTitle('Installation').isPeak = false // journey-wide warning: no designed peak
    byTitle('Quote').standards = [standard('Itemised quote')] // info: no time limit
    const quote = byTitle('Quote')
    const branch = makeTouchpoint({ stageId: quote.stageId, laneId: quote.laneId, sortKey: '0', title: 'Branch', role: '' })
    const loose = makeTouchpoint({ stageId: quote.stageId, laneId: quote.laneId, sortKey: 'zz', title: 'Loose', role: '' })
    ids.Branch = branch.id // first in document order, reached by an alternative edge: off the main path
    ids.Loose = loose.id // last in document order, reached by nothing
    doc.touchpoints[branch.id] = branch
    doc.touchpoints[loose.id] = loose
    const edge = makeEdge(quote.id, branch.id, 'alternative')
    doc.edges[edge.id] = edge
  })
  return { doc, ids }
}

describe('lintJourney', () => {
  it('sorts errors first, then journey-wide findings, then touchpoints in main-path order, then cards off it', () => {
    const { doc, ids } = messyJourney()
    const order = lintJourney(doc).findings.map((finding) => `${finding.severity} ${finding.ruleId} ${finding.touchpointId ?? '-'}`)
    expect(order).toEqual([
      `error integrity ${ids['Follow-up call']}`,
      'warning no-designed-peak -',
      `warning no-role ${ids.Greeting}`,
      `warning no-role ${ids.Branch}`,
      `warning unreachable ${ids.Loose}`,
      `warning no-role ${ids.Loose}`,
      `info mot-no-time-limit ${ids.Quote}`,
    ])
  })

  it('orders touchpoints by the main path, not by the canvas', () => {
    const doc = cleanJourney((_doc, byTitle) => {
      const quote = byTitle('Quote')
      const installation = byTitle('Installation')
      ;[quote.sortKey, installation.sortKey] = [installation.sortKey, quote.sortKey]
      quote.role = ''
      installation.role = ''
    })
    expect(touchpointsInDocumentOrder(doc).map((touchpoint) => touchpoint.title)).toEqual(['Greeting', 'Installation', 'Quote', 'Follow-up call'])
    expect(lintJourney(doc).findings.map((finding) => finding.message.params.title)).toEqual(['Quote', 'Installation'])
  })

  it('moves accepted findings out, with the reason, and ignores unknown keys', () => {
    const { doc, ids } = messyJourney()
    const before = lintJourney(doc)
    const key = `no-role:${ids.Greeting}`
    expect(before.findings.map((finding) => finding.key)).toContain(key)
    const after = lintJourney(doc, { accepted: { [key]: 'The greeting is a self-service kiosk', 'no-role:tp_gone': 'old' } })
    expect(after.findings.map((finding) => finding.key)).not.toContain(key)
    expect(after.findings).toHaveLength(before.findings.length - 1)
    expect(after.accepted).toEqual([{ ...before.findings.find((finding) => finding.key === key)!, reason: 'The greeting is a self-service kiosk' }])
  })

  it('gives every finding a unique key that stays the same across runs and unrelated edits', () => {
    const { doc, ids } = messyJourney()
    const keys = (findings: Finding[]) => findings.map((finding) => finding.key)
    const first = keys(lintJourney(doc).findings)
    expect(new Set(first).size).toBe(first.length)
    expect(keys(lintJourney(structuredClone(doc)).findings)).toEqual(first)
    doc.touchpoints[ids.Greeting!]!.title = 'Greeting at the door'
    doc.touchpoints[ids.Installation!]!.emotion = 2
    expect(keys(lintJourney(doc).findings)).toEqual(first)
    expect(first).toContain('no-designed-peak:')
    expect(first).toContain(`unreachable:${ids.Loose}`)
  })

  it('runs only the rules asked for, ignoring unknown ids', () => {
    const { doc } = messyJourney()
    const findings = lintJourney(doc, { rules: ['no-role', 'no-such-rule'] }).findings
    expect(findings.map((finding) => finding.ruleId)).toEqual(['no-role', 'no-role', 'no-role'])
    expect(lintJourney(doc, { rules: [] }).findings).toEqual([])
  })
})

describe('the six templates', () => {
  /** What each template gets, as `severity rule @ template touchpoint key`: the same in both languages. */
  const EXPECTED: Record<string, string[]> = {
    'retail-store': ['info mot-no-time-limit @ needs'],
    'telecom-vip': [],
    'home-improvement': ['info mot-no-time-limit @ price'],
    'hotel-stay': [],
    'property-management': [],
    'car-after-sales': ['info mot-no-time-limit @ bookingCall', 'info mot-no-time-limit @ quote'],
  }

  it.each(TEMPLATES.flatMap((spec) => LOCALES.map((locale) => [spec.id, locale] as const)))('%s (%s) has no errors and only the known findings', (id, locale) => {
    const spec = TEMPLATES.find((template) => template.id === id)!
    const doc = buildTemplate(spec, locale)
    const keyOf = new Map(touchpointsInDocumentOrder(doc).map((touchpoint, index) => [touchpoint.id, spec.touchpoints[index]!.key]))
    const { findings } = lintJourney(doc)
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(findings.map((finding) => `${finding.severity} ${finding.ruleId} @ ${keyOf.get(finding.touchpointId ?? '') ?? '-'}`)).toEqual(EXPECTED[id])
    for (const finding of findings) expect(renderFinding(locale, finding)).not.toMatch(/\{\w+\}|^lint\./)
  })
})

describe('LINT_RULES', () => {
  it('lists every rule once, kebab-case, with its severity and a description in both languages', () => {
    expect(LINT_RULES.map((rule) => `${rule.id}:${rule.severity}`)).toEqual([
      'integrity:error',
      'no-start:warning',
      'no-connections:warning',
      'unreachable:warning',
      'no-end:warning',
      'end-not-last:warning',
      'multiple-ends:warning',
      'no-designed-peak:warning',
      'peak-negative:warning',
      'designed-peak-weaker:warning',
      'end-negative:warning',
      'lowest-before-end:warning',
      'mot-no-standard:warning',
      'mot-no-script:warning',
      'no-role:warning',
      'dimension-unserved:warning',
      'risk-no-recovery:warning',
      'peak-no-delight:warning',
      'mot-no-time-limit:info',
      'script-no-staff-line:warning',
      'forbidden-phrase:warning',
      'end-no-farewell:warning',
    ])
    for (const rule of LINT_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(rule.description).toBe(`lint.rule.${rule.id}`)
      expect(lintMessages.en[rule.description]).toBeTruthy()
      expect(lintMessages['zh-CN'][rule.description]).toBeTruthy()
    }
  })

  it('has every lint message in both languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
    expect(Object.keys(lintMessages['zh-CN']).sort()).toEqual(Object.keys(lintMessages.en).sort())
    for (const [key, text] of Object.entries(lintMessages.en)) {
      const zh = lintMessages['zh-CN'][key as keyof typeof lintMessages.en]
      expect(placeholders(zh), key).toEqual(placeholders(text))
      expect(zh.trim(), key).not.toBe('')
    }
  })
})

describe('speed', () => {
  it('lints a 2,000-touchpoint journey quickly (smoke test; the real benchmark is separate)', () => {
    const doc = bigJourney(2000)
    lintJourney(doc) // warm-up
    const runs = 5
    const started = performance.now()
    let result = lintJourney(doc)
    for (let run = 1; run < runs; run++) result = lintJourney(doc)
    const perRun = (performance.now() - started) / runs
    console.info(`lint of 2,000 touchpoints: ${perRun.toFixed(1)} ms per run, ${result.findings.length} findings`)
    expect(perRun).toBeLessThan(1000)
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(new Set(result.findings.map((finding) => finding.key)).size).toBe(result.findings.length)
  })
})
