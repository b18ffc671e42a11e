/**
 * "Audits": the audits of the selected scorecard with their weighted satisfaction index, and the
 * audit form (date, store, post, auditor, source; per indicator a control fitting its scale —
 * yes / no / N/A radios, or a number with an N/A checkbox — and a comment). Audits are data the
 * host keeps; saving or deleting one is not undoable, so deleting asks first.
 */
import { useEffect, useState } from 'react'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { AuditForm } from './AuditForm'
import { blankForm, formFromAudit, type FormState } from './auditFormState'
import { fixed } from './format'
import { deleteAudit, importData, loadAudit, refreshAudits } from './scorecardActions'
import { useScorecardView } from './workspaceStore'

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
