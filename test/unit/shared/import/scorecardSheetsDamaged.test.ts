/**
 * Scorecard, audit and survey sheets from strangers, damaged at random (test/helpers/damagedTable.ts).
 * Each importer never throws: it returns records that pass their schemas and point at records that
 * exist, or problems in both languages with every parameter filled; with "skip bad rows" as well.
 */
import { describe, expect, it } from 'vitest'
import type { Message } from '../../../../shared/i18n/translate'
import { importAuditTable, type ScorecardDesign } from '../../../../shared/import/auditTable'
import { importScorecardTable } from '../../../../shared/import/scorecardTable'
import { importSurveyTable } from '../../../../shared/import/surveyTable'
import type { RawTable } from '../../../../shared/import/touchpointTable'
import { AuditSchema, IndicatorSchema, ScorecardSchema, ScoreSchema, SurveyResponseSchema } from '../../../../shared/model/scorecard'
import { damageTable } from '../../../helpers/damagedTable'
import { renderedEverywhere } from '../../../helpers/messages'
import { seededRandom } from '../../../helpers/random'
import { retailJourney } from '../../../helpers/retailJourney'
import { npsSheet, servqualSheet, workedAuditSheet, workedScorecardSheet } from '../../../integration/scorecards/sheets'

const ROUNDS = 800
const journey = retailJourney()

function design(): ScorecardDesign {
  const result = importScorecardTable(workedScorecardSheet(), journey, 'en', { skipBadRows: false })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return {
    scorecards: Object.fromEntries(result.scorecards.map((card) => [card.id, card])),
    indicators: Object.fromEntries(result.indicators.map((indicator) => [indicator.id, indicator])),
  }
}
const worked = design()

type Outcome = { ok: true; check: () => void; skipped: Message[] } | { ok: false; problems: Message[] }

/** Each importer as (table, skipBadRows) → outcome, with what a good result must satisfy. */
const IMPORTERS: [string, RawTable, (table: RawTable, skipBadRows: boolean) => Outcome][] = [
  [
    'scorecard sheet',
    workedScorecardSheet('zh'),
    (table, skipBadRows) => {
      const result = importScorecardTable(table, journey, 'zh-CN', { skipBadRows })
      if (!result.ok) return result
      const ids = new Set(result.scorecards.map((card) => card.id))
      return {
        ok: true,
        skipped: result.skipped,
        check: () => {
          for (const card of result.scorecards) expect(ScorecardSchema.safeParse(card).error?.issues ?? [], JSON.stringify(card)).toEqual([])
          for (const indicator of result.indicators) {
            expect(IndicatorSchema.safeParse(indicator).success).toBe(true)
            expect(ids.has(indicator.scorecardId)).toBe(true)
            for (const id of indicator.touchpointIds) expect(journey.touchpoints[id]).toBeDefined()
          }
        },
      }
    },
  ],
  [
    'audit sheet',
    workedAuditSheet('en'),
    (table, skipBadRows) => {
      const result = importAuditTable(table, worked, 'en', { skipBadRows })
      if (!result.ok) return result
      const audits = new Set(result.audits.map((audit) => audit.id))
      return {
        ok: true,
        skipped: result.skipped,
        check: () => {
          for (const audit of result.audits) expect(AuditSchema.safeParse(audit).success).toBe(true)
          for (const score of result.scores) {
            expect(ScoreSchema.safeParse(score).success).toBe(true)
            expect(audits.has(score.auditId)).toBe(true)
            expect(worked.indicators[score.indicatorId]).toBeDefined()
          }
        },
      }
    },
  ],
  ...(['servqual', 'nps'] as const).map((kind): [string, RawTable, (table: RawTable, skipBadRows: boolean) => Outcome] => [
    `${kind} survey sheet`,
    kind === 'servqual' ? servqualSheet('zh') : npsSheet(),
    (table, skipBadRows) => {
      const result = importSurveyTable(table, 'zh-CN', { skipBadRows })
      if (!result.ok) return result
      return { ok: true, skipped: result.skipped, check: () => result.responses.forEach((response) => expect(SurveyResponseSchema.safeParse(response).success).toBe(true)) }
    },
  ]),
]

describe('importing damaged scorecard, audit and survey sheets', () => {
  it.each(IMPORTERS)(`%s, ${ROUNDS} damaged copies: valid records or problems in both languages, never an exception`, (label, sheet, run) => {
    expect(run(sheet, false).ok).toBe(true)
    const next = seededRandom(label.length * 7919)
    let refused = 0
    for (let round = 0; round < ROUNDS; round++) {
      const table = damageTable(sheet, next)
      for (const skipBadRows of [false, true]) {
        const outcome = run(table, skipBadRows)
        if (outcome.ok) {
          outcome.check()
          for (const message of outcome.skipped) expect(renderedEverywhere(message), message.key).toBe(true)
        } else {
          if (!skipBadRows) refused++
          expect(outcome.problems.length).toBeGreaterThan(0)
          for (const problem of outcome.problems) expect(renderedEverywhere(problem), `${problem.key} ${JSON.stringify(problem.params)}`).toBe(true)
        }
      }
    }
    expect(refused).toBeGreaterThan(ROUNDS / 10)
  })
})
