/**
 * The scorecard workspace (满意度考核表): on the left the journey's scorecards (new from the journey,
 * import, data import and export); on the right the selected scorecard's header (name, post,
 * weighting, description, whether it can be used for scoring and why not) and three tabs:
 * indicators & weights, audits, results.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { removeScorecard, updateScorecard } from '../../shared/commands/scorecard'
import { bySortKey } from '../../shared/model/order'
import { journeyPosts } from '../../shared/scoring/propose'
import { weightProblems } from '../../shared/scoring/weights'
import type { Scorecard, Weighting } from '../../shared/model/scorecard'
import { showDialog, useApp } from '../app/appStore'
import { TextField } from '../inspector/fields'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { AuditsTab } from './AuditsTab'
import { IndicatorsTab } from './IndicatorsTab'
import { Modal } from './Modal'
import { ResultsTab } from './ResultsTab'
import { exportScorecards, importData, importScorecards, newScorecardFromJourney, type ExportChoice } from './scorecardActions'
import { selectScorecard, setTab, useScorecardView, type ScorecardTab } from './workspaceStore'

const TABS: readonly ScorecardTab[] = ['indicators', 'audits', 'results']
const EXPORT_CHOICES: readonly ExportChoice[] = ['xlsx', 'csv', 'sqlite', 'pdfForm', 'pdfReport']

export function ScorecardsWorkspace({ session }: { session: DocumentSession }) {
  const t = useT()
  useApp((state) => state.session?.changeCount)
  const doc = session.editor.doc
  const selectedId = useScorecardView((state) => state.selectedId)
  const tab = useScorecardView((state) => state.tab)
  const [creating, setCreating] = useState(false)
  const scorecards = useMemo(() => bySortKey(Object.values(doc.scorecards)), [doc.scorecards])
  const selected = (selectedId ? doc.scorecards[selectedId] : undefined) ?? scorecards[0]
  const allIndicators = useMemo(() => Object.values(doc.indicators), [doc.indicators])
  const indicators = useMemo(() => (selected ? bySortKey(allIndicators.filter((indicator) => indicator.scorecardId === selected.id)) : []), [selected, allIndicators])
  const problems = useMemo(() => (selected ? weightProblems(selected, indicators).map((problem) => t.message(problem)) : []), [selected, indicators, t])

  // Keep the selection on a scorecard that exists (after undo, removal or import).
  useEffect(() => {
    if (selected?.id !== selectedId) selectScorecard(selected?.id ?? null)
  }, [selected, selectedId])

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab)
    const next = event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : undefined
    if (!next) return
    event.preventDefault()
    setTab(next)
    requestAnimationFrame(() => document.getElementById(`scorecard-tab-${next}`)?.focus())
  }

  return (
    <div className="scorecards">
      <nav className="scorecard-list" aria-label={t('scorecards.list.label')}>
        <h2>{t('scorecards.list.title')}</h2>
        {scorecards.length === 0 ? (
          <p className="muted">{t('scorecards.list.empty')}</p>
        ) : (
          <ul>
            {scorecards.map((scorecard) => {
              const usable = weightProblems(scorecard, allIndicators).length === 0
              const name = scorecard.name.trim() || t('scorecards.untitled')
              return (
                <li key={scorecard.id}>
                  <button type="button" aria-current={scorecard.id === selected?.id ? 'true' : undefined} className={scorecard.id === selected?.id ? 'is-active' : ''} onClick={() => selectScorecard(scorecard.id)}>
                    <span className="scorecard-list-name">{name}</span>
                    <span className={usable ? 'scorecard-list-state sum-ok' : 'scorecard-list-state sum-bad'}>
                      {scorecard.post.trim() || t('scorecards.post.whole')} · {usable ? t('scorecards.list.usable') : t('scorecards.list.unusable')}
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        )}
        <div className="scorecard-list-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('scorecards.new.button')}
          </button>
          <button type="button" onClick={() => void importScorecards(session)}>
            {t('scorecards.import.scorecards')}
          </button>
          <button type="button" onClick={() => void importData(session, 'audits')}>
            {t('scorecards.import.audits')}
          </button>
          <button type="button" onClick={() => void importData(session, 'surveys')}>
            {t('scorecards.import.surveys')}
          </button>
        </div>
        <div className="scorecard-list-actions" role="group" aria-label={t('scorecards.export.label')}>
          <h3>{t('scorecards.export.label')}</h3>
          {EXPORT_CHOICES.map((choice) => (
            <button key={choice} type="button" disabled={scorecards.length === 0} onClick={() => void exportScorecards(session, choice)}>
              {t(`scorecards.export.${choice}`)}
            </button>
          ))}
        </div>
      </nav>
      <section className="scorecard-main" aria-label={selected ? t('scorecards.main.label', { name: selected.name.trim() || t('scorecards.untitled') }) : t('scorecards.list.title')}>
        {!selected ? (
          <div className="scorecard-empty">
            <p>{t('scorecards.empty.body')}</p>
          </div>
        ) : (
          <>
            <ScorecardHeader session={session} scorecard={selected} problems={problems} />
            <div className="scorecard-tabs" role="tablist" aria-label={t('scorecards.tabs.label')} onKeyDown={onTabKey}>
              {TABS.map((value) => (
                <button
                  key={value}
                  id={`scorecard-tab-${value}`}
                  type="button"
                  role="tab"
                  aria-selected={tab === value}
                  aria-controls={`scorecard-panel-${value}`}
                  tabIndex={tab === value ? 0 : -1}
                  className={tab === value ? 'is-active' : ''}
                  onClick={() => setTab(value)}
                >
                  {t(`scorecards.tab.${value}`)}
                </button>
              ))}
            </div>
            <div className="scorecard-panel" role="tabpanel" id={`scorecard-panel-${tab}`} aria-labelledby={`scorecard-tab-${tab}`}>
              {tab === 'indicators' && <IndicatorsTab key={selected.id} session={session} scorecard={selected} indicators={indicators} />}
              {tab === 'audits' && <AuditsTab key={selected.id} session={session} scorecard={selected} indicators={indicators} usable={problems.length === 0} />}
              {tab === 'results' && <ResultsTab key={selected.id} session={session} scorecard={selected} indicators={indicators} problems={problems} />}
            </div>
          </>
        )}
      </section>
      {creating && <NewScorecardDialog session={session} onClose={() => setCreating(false)} />}
    </div>
  )
}

function ScorecardHeader({ session, scorecard, problems }: { session: DocumentSession; scorecard: Scorecard; problems: string[] }) {
  const t = useT()
  const posts = useMemo(() => journeyPosts(session.editor.doc), [session.editor.doc])
  const update = (changes: Partial<Omit<Scorecard, 'id' | 'sortKey'>>) => session.dispatch(updateScorecard, { id: scorecard.id, changes })
  const remove = async () => {
    const choice = await showDialog({
      kind: 'choice',
      title: { key: 'scorecards.remove.title' },
      body: { key: 'scorecards.remove.body', params: { name: scorecard.name.trim() || t('scorecards.untitled') } },
      actions: [
        { id: 'remove', label: { key: 'scorecards.remove.confirm' }, tone: 'danger' },
        { id: 'cancel', label: { key: 'ui.common.cancel' } },
      ],
    })
    if (choice === 'remove') session.dispatch(removeScorecard, { id: scorecard.id })
  }
  const weighting = (value: Weighting) => (
    <label>
      <input type="radio" name={`weighting-${scorecard.id}`} checked={scorecard.weighting === value} onChange={() => update({ weighting: value })} /> {t(`scorecards.weighting.${value}`)}
    </label>
  )
  return (
    <div className="scorecard-header">
      <div className="scorecard-header-fields">
        <TextField label={t('scorecards.field.name')} value={scorecard.name} maxLength={200} onChange={(name) => update({ name })} />
        <TextField label={t('scorecards.field.post')} value={scorecard.post} maxLength={100} list="scorecard-posts" hint={t('scorecards.field.postHint')} onChange={(post) => update({ post })} />
        <datalist id="scorecard-posts">
          {posts.map((post) => (
            <option key={post.post} value={post.post} />
          ))}
        </datalist>
        <fieldset className="weighting-choice">
          <legend>{t('scorecards.field.weighting')}</legend>
          {weighting('twoLevel')}
          {weighting('flat')}
        </fieldset>
        <button type="button" className="danger scorecard-remove" onClick={() => void remove()}>
          {t('scorecards.remove.button')}
        </button>
      </div>
      <TextField label={t('scorecards.field.description')} value={scorecard.description} maxLength={5000} multiline rows={2} onChange={(description) => update({ description })} />
      <p className={problems.length === 0 ? 'usable-ok' : 'usable-bad'}>
        {problems.length === 0 ? t('scorecards.usable.yes') : t('scorecards.usable.noShort', { count: problems.length })}
      </p>
    </div>
  )
}

function NewScorecardDialog({ session, onClose }: { session: DocumentSession; onClose: () => void }) {
  const t = useT()
  const locale = useApp((state) => state.locale)
  const posts = useMemo(() => journeyPosts(session.editor.doc), [session.editor.doc])
  const [choice, setChoice] = useState<string>(posts[0]?.post ?? '')
  const create = () => {
    if (newScorecardFromJourney(session, choice === '' ? null : choice, locale)) onClose()
  }
  return (
    <Modal title={t('scorecards.new.title')} onClose={onClose}>
      <p>{t('scorecards.new.body')}</p>
      <label className="field">
        <span>{t('scorecards.new.post')}</span>
        <select aria-label={t('scorecards.new.post')} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {posts.map((post) => (
            <option key={post.post} value={post.post}>
              {t('scorecards.new.postOption', { post: post.post, mots: post.mots, touchpoints: post.touchpoints })}
            </option>
          ))}
          <option value="">{t('scorecards.new.whole')}</option>
        </select>
      </label>
      <p className="muted">{t('scorecards.new.rules')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={create}>
          {t('scorecards.new.create')}
        </button>
        <button type="button" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </Modal>
  )
}
