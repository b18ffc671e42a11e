/**
 * "Audits": the audits of the selected scorecard with their weighted satisfaction index, and the
 * audit form (date, store, post, auditor, source; per indicator a control fitting its scale —
 * yes / no / N/A radios, or a number with an N/A checkbox — and a comment). Audits are data the
 * host keeps; saving or deleting one is not undoable, so deleting asks first.
 */
import { useEffect, useState, type FormEvent } from 'react'
import { AUDIT_SOURCES, type Audit, type Indicator, type Score, type Scorecard } from '../../shared/model/scorecard'
import { parseAnswer } from '../../shared/scoring/normalise'
import { useT, type Translate } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { fixed, indicatorLabel, scaleText } from './format'
import { deleteAudit, importData, loadAudit, refreshAudits, saveAudit } from './scorecardActions'
import { useScorecardView } from './workspaceStore'

type Source = (typeof AUDIT_SOURCES)[number]

interface Answer {
  /** Yes/no: 'yes' | 'no' | '' ; range: the number as typed. */
  value: string
  na: boolean
  comment: string
}

interface FormState {
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

const emptyAnswer = (): Answer => ({ value: '', na: false, comment: '' })

function blankForm(scorecard: Scorecard, indicators: readonly Indicator[]): FormState {
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

function formFromAudit(audit: Audit, scores: readonly Score[], indicators: readonly Indicator[]): FormState {
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

export function AuditsTab(props: { session: DocumentSession; scorecard: Scorecard; indicators: Indicator[]; usable: boolean }) {
  const { session, scorecard, indicators, usable } = props
  const t = useT()
  const audits = useScorecardView((state) => state.audits[scorecard.id])
  const dataVersion = useScorecardView((state) => state.dataVersion)
  const [form, setForm] = useState<FormState | null>(null)
  useEffect(() => {
    void refreshAudits(session, scorecard.id)
  }, [session, scorecard.id, dataVersion])

  const edit = async (auditId: string) => {
    const loaded = await loadAudit(session, auditId)
    if (loaded) setForm(formFromAudit(loaded.audit, loaded.scores, indicators))
  }

  return (
    <div className="scorecard-audits">
      <div className="scorecard-actions">
        <button type="button" className="primary" disabled={!usable || form !== null} onClick={() => setForm(blankForm(scorecard, indicators))}>
          {t('scorecards.audit.new')}
        </button>
        <button type="button" onClick={() => void importData(session, 'audits')}>
          {t('scorecards.import.audits')}
        </button>
      </div>
      {!usable && <p className="usable-bad">{t('scorecards.audit.unusable')}</p>}
      {form && <AuditForm t={t} session={session} scorecard={scorecard} indicators={indicators} form={form} setForm={setForm} />}
      {audits === undefined ? (
        <p className="muted">{t('scorecards.loading')}</p>
      ) : audits.length === 0 ? (
        <p className="muted">{t('scorecards.audit.none')}</p>
      ) : (
        <div className="scorecard-table-wrap">
          <table className="scorecard-table audit-table">
            <caption>{t('scorecards.audit.caption', { count: audits.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecards.column.auditId')}</th>
                <th scope="col">{t('scorecards.column.date')}</th>
                <th scope="col">{t('scorecards.column.store')}</th>
                <th scope="col">{t('scorecards.column.post')}</th>
                <th scope="col">{t('scorecards.column.auditor')}</th>
                <th scope="col">{t('scorecards.column.source')}</th>
                <th scope="col">{t('scorecards.column.index')}</th>
                <th scope="col">{t('scorecards.column.answered')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('scorecards.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {audits.map((audit) => (
                <tr key={audit.id}>
                  <th scope="row">{audit.id}</th>
                  <td>{audit.date}</td>
                  <td>{audit.store}</td>
                  <td>{audit.post}</td>
                  <td>{audit.auditor}</td>
                  <td>{t(`scorecards.source.${audit.source}`)}</td>
                  <td className="number" aria-label={t('scorecards.audit.indexOf', { id: audit.id })}>
                    {audit.index === null ? t('scorecards.noIndex') : fixed(audit.index)}
                  </td>
                  <td className="number">{t('scorecards.audit.answered', { answered: audit.answered, total: audit.total })}</td>
                  <td className="row-actions">
                    <button type="button" aria-label={t('scorecards.audit.editLabel', { id: audit.id })} onClick={() => void edit(audit.id)} disabled={form !== null}>
                      {t('scorecards.audit.edit')}
                    </button>
                    <button type="button" className="danger" aria-label={t('scorecards.audit.deleteLabel', { id: audit.id })} onClick={() => void deleteAudit(session, audit.id)}>
                      {t('scorecards.audit.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

function AuditForm(props: {
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
    if (!id || id.length > 64) problems.push(t('scorecards.audit.badId'))
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
              <fieldset className="audit-answer">
                <legend>
                  {name} <span className="muted">({t(`servqual.${indicator.dimension}`)} · {scaleText(t, indicator.scale)})</span>
                </legend>
                {indicator.description && <p className="muted audit-description">{indicator.description}</p>}
                {indicator.scale.kind === 'yesNo' ? (
                  <div role="radiogroup" aria-label={t('scorecards.audit.scoreLabel', { name })} className="audit-radios">
                    {(['yes', 'no', 'na'] as const).map((choice) => (
                      <label key={choice}>
                        <input
                          type="radio"
                          name={`answer-${indicator.id}`}
                          checked={choice === 'na' ? answer.na : !answer.na && answer.value === choice}
                          onChange={() => setAnswer(indicator.id, choice === 'na' ? { na: true, value: '' } : { na: false, value: choice })}
                        />{' '}
                        {t(`scorecards.answer.${choice}`)}
                      </label>
                    ))}
                  </div>
                ) : (
                  <div className="audit-number">
                    <label>
                      <span>{t('scorecards.audit.scoreLabel', { name })}</span>{' '}
                      <input
                        type="number"
                        min={indicator.scale.min}
                        max={indicator.scale.max}
                        step="any"
                        disabled={answer.na}
                        value={answer.value}
                        onChange={(event) => setAnswer(indicator.id, { value: event.target.value })}
                      />
                    </label>{' '}
                    <label>
                      <input
                        type="checkbox"
                        aria-label={t('scorecards.audit.naLabel', { name })}
                        checked={answer.na}
                        onChange={(event) => setAnswer(indicator.id, { na: event.target.checked, value: '' })}
                      />{' '}
                      {t('scorecards.answer.na')}
                    </label>
                  </div>
                )}
                <label className="audit-comment">
                  <span className="visually-hidden">{t('scorecards.audit.commentLabel', { name })}</span>
                  <input
                    placeholder={t('scorecards.audit.commentPlaceholder')}
                    value={answer.comment}
                    maxLength={2000}
                    onChange={(event) => setAnswer(indicator.id, { comment: event.target.value })}
                  />
                </label>
              </fieldset>
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
