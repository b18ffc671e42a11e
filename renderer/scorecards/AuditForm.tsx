/** The form of one audit: its fields, an answer per indicator, checks before saving. */
import { useState, type FormEvent } from 'react'
import { IdSchema } from '../../shared/model/primitives'
import { AUDIT_SOURCES, type Audit, type Indicator, type Score, type Scorecard } from '../../shared/model/scorecard'
import { parseAnswer } from '../../shared/scoring/normalise'
import type { Translate } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { AuditAnswerField } from './AuditAnswerField'
import { emptyAnswer, type Answer, type FormState, type Source } from './auditFormState'
import { indicatorLabel } from './format'
import { saveAudit } from './scorecardActions'

export function AuditForm(props: {
  t: Translate
  session: DocumentSession
  scorecard: Scorecard
  indicators: Indicator[]
  form: FormState
  setForm: (form: FormState | null) => void
}) {
  const { t, session, scorecard, indicators, form, setForm } = props
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const set = (changes: Partial<FormState>) => setForm({ ...form, ...changes })
  const setAnswer = (id: string, changes: Partial<Answer>) => set({ answers: { ...form.answers, [id]: { ...(form.answers[id] ?? emptyAnswer()), ...changes } } })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems: string[] = []
    const id = form.id.trim()
    if (!IdSchema.safeParse(id).success) problems.push(t('scorecards.audit.badId'))
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) problems.push(t('scorecards.audit.badDate'))
    const scores: Score[] = []
    indicators.forEach((indicator, index) => {
      const name = indicatorLabel(t, indicator.name, index + 1)
      const answer = form.answers[indicator.id] ?? emptyAnswer()
      let value: number | null = null
      if (answer.na) value = null
      else if (indicator.scale.kind === 'yesNo') {
        if (answer.value === '') problems.push(t('scorecards.audit.missing', { name }))
        value = answer.value === 'yes' ? 1 : 0
      } else if (answer.value.trim() === '') problems.push(t('scorecards.audit.missing', { name }))
      else {
        const parsed = parseAnswer(answer.value, indicator.scale)
        if (parsed.ok) value = parsed.value
        else problems.push(`${name}: ${t.message(parsed.problem)}`)
      }
      scores.push({ auditId: id, indicatorId: indicator.id, value, comment: answer.comment.slice(0, 2000) })
    })
    setErrors(problems)
    if (problems.length > 0) return
    const audit: Audit = {
      id,
      scorecardId: scorecard.id,
      date: form.date,
      store: form.store.trim().slice(0, 200),
      post: form.post.trim().slice(0, 100),
      auditor: form.auditor.trim().slice(0, 100),
      source: form.source,
      comment: form.comment.slice(0, 5000),
    }
    setSaving(true)
    const saved = await saveAudit(session, audit, scores)
    setSaving(false)
    if (saved) setForm(null)
  }

  const title = form.editing ? t('scorecards.audit.editTitle', { id: form.id }) : t('scorecards.audit.newTitle')
  return (
    <form className="audit-form" aria-label={title} onSubmit={(event) => void submit(event)}>
      <h3>{title}</h3>
      <div className="audit-fields">
        <label className="field">
          <span>{t('scorecards.column.auditId')}</span>
          <input value={form.id} readOnly={form.editing} maxLength={64} onChange={(event) => set({ id: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('scorecards.column.date')}</span>
          <input type="date" value={form.date} required onChange={(event) => set({ date: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('scorecards.column.store')}</span>
          <input value={form.store} maxLength={200} onChange={(event) => set({ store: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('scorecards.column.post')}</span>
          <input value={form.post} maxLength={100} onChange={(event) => set({ post: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('scorecards.column.auditor')}</span>
          <input value={form.auditor} maxLength={100} onChange={(event) => set({ auditor: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('scorecards.column.source')}</span>
          <select aria-label={t('scorecards.column.source')} value={form.source} onChange={(event) => set({ source: event.target.value as Source })}>
            {AUDIT_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`scorecards.source.${source}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="audit-answers">
        {indicators.map((indicator, index) => {
          const name = indicatorLabel(t, indicator.name, index + 1)
          const answer = form.answers[indicator.id] ?? emptyAnswer()
          return (
            <li key={indicator.id}>
              <AuditAnswerField t={t} indicator={indicator} name={name} answer={answer} setAnswer={setAnswer} />
            </li>
          )
        })}
      </ol>
      <label className="field">
        <span>{t('scorecards.audit.overallComment')}</span>
        <textarea rows={2} value={form.comment} maxLength={5000} onChange={(event) => set({ comment: event.target.value })} />
      </label>
      {errors.length > 0 && (
        <div role="alert" className="usable-bad">
          <p>{t('scorecards.audit.fix')}</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('scorecards.audit.save')}
        </button>
        <button type="button" onClick={() => setForm(null)}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </form>
  )
}
