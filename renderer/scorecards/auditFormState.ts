/** The state of the audit form: a blank audit (today, a fresh number) or one loaded for editing. */
import type { AUDIT_SOURCES, Audit, Indicator, Score, Scorecard } from '../../shared/model/scorecard'

export type Source = (typeof AUDIT_SOURCES)[number]

export interface Answer {
  /** Yes/no: 'yes' | 'no' | '' ; range: the number as typed. */
  value: string
  na: boolean
  comment: string
}

export interface FormState {
  editing: boolean
  id: string
  date: string
  store: string
  post: string
  auditor: string
  source: Source
  comment: string
  answers: Record<string, Answer>
}

const today = () => {
  const now = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A readable audit number the team may change: A-YYYYMMDD-XXXX. */
function newAuditId(date: string): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const random = crypto.getRandomValues(new Uint8Array(4))
  return `A-${date.replace(/-/g, '')}-${[...random].map((byte) => letters[byte % letters.length]).join('')}`
}

export const emptyAnswer = (): Answer => ({ value: '', na: false, comment: '' })

export function blankForm(scorecard: Scorecard, indicators: readonly Indicator[]): FormState {
  const date = today()
  return {
    editing: false,
    id: newAuditId(date),
    date,
    store: '',
    post: scorecard.post,
    auditor: '',
    source: 'audit',
    comment: '',
    answers: Object.fromEntries(indicators.map((indicator) => [indicator.id, emptyAnswer()])),
  }
}

export function formFromAudit(audit: Audit, scores: readonly Score[], indicators: readonly Indicator[]): FormState {
  const byIndicator = new Map(scores.map((score) => [score.indicatorId, score]))
  return {
    editing: true,
    id: audit.id,
    date: audit.date,
    store: audit.store,
    post: audit.post,
    auditor: audit.auditor,
    source: audit.source,
    comment: audit.comment,
    answers: Object.fromEntries(
      indicators.map((indicator) => {
        const score = byIndicator.get(indicator.id)
        if (!score) return [indicator.id, emptyAnswer()]
        const value = score.value === null ? '' : indicator.scale.kind === 'yesNo' ? (score.value === 1 ? 'yes' : 'no') : String(score.value)
        return [indicator.id, { value, na: score.value === null, comment: score.comment }]
      }),
    ),
  }
}
