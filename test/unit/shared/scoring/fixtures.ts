/** Scorecards, audits and scores for the scoring tests; `workedExample` is methods.md §2's. */
import type { Audit, Indicator, Scale, Score, Scorecard } from '../../../../shared/model/scorecard'
import type { ServqualDimension } from '../../../../shared/model/schema'

export const YES_NO: Scale = { kind: 'yesNo' }
export const range = (min: number, max: number): Scale => ({ kind: 'range', min, max })

export function makeScorecard(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    id: 'card',
    name: 'Store visit',
    post: 'Sales',
    weighting: 'twoLevel',
    dimensionWeights: {},
    description: '',
    sortKey: 'a0',
    ...overrides,
  }
}

export function makeIndicator(id: string, dimension: ServqualDimension, weight: number, scale: Scale, overrides: Partial<Indicator> = {}): Indicator {
  return { id, scorecardId: 'card', name: id, description: '', dimension, weight, scale, touchpointIds: [], sortKey: 'a0', ...overrides }
}

export function makeAudit(id: string, overrides: Partial<Audit> = {}): Audit {
  return { id, scorecardId: 'card', date: '2025-03-14', store: 'Store 1', post: 'Sales', auditor: 'Li', source: 'audit', comment: '', ...overrides }
}

export function makeScore(auditId: string, indicatorId: string, value: number | null): Score {
  return { auditId, indicatorId, value, comment: '' }
}

/** methods.md §2: tangibles 15, reliability 25, responsiveness 20, assurance 20, empathy 20. */
export const workedCard = makeScorecard({
  dimensionWeights: { tangibles: 15, reliability: 25, responsiveness: 20, assurance: 20, empathy: 20 },
})

export const workedIndicators: Indicator[] = [
  makeIndicator('appearance', 'tangibles', 60, YES_NO, { touchpointIds: ['welcome'] }),
  makeIndicator('display', 'tangibles', 40, range(1, 5)),
  makeIndicator('promises', 'reliability', 50, range(0, 10)),
  makeIndicator('productInfo', 'reliability', 50, range(1, 5), { touchpointIds: ['advice'] }),
  makeIndicator('greet', 'responsiveness', 40, YES_NO, { touchpointIds: ['welcome'] }),
  makeIndicator('wait', 'responsiveness', 60, range(0, 10), { touchpointIds: ['welcome', 'checkout'] }),
  makeIndicator('answers', 'assurance', 70, range(1, 5), { touchpointIds: ['advice'] }),
  makeIndicator('polite', 'assurance', 30, YES_NO),
  makeIndicator('needs', 'empathy', 50, range(1, 5), { touchpointIds: ['advice'] }),
  makeIndicator('farewell', 'empathy', 50, YES_NO, { touchpointIds: ['checkout'] }),
]

/** The worked audit: yes, 4, 8, 5, yes, 9, 4, yes, 3, no. */
export const workedValues: Record<string, number | null> = {
  appearance: 1,
  display: 4,
  promises: 8,
  productInfo: 5,
  greet: 1,
  wait: 9,
  answers: 4,
  polite: 1,
  needs: 3,
  farewell: 0,
}

export function scoresFor(auditId: string, values: Record<string, number | null>): Score[] {
  return Object.entries(values).map(([indicatorId, value]) => makeScore(auditId, indicatorId, value))
}
