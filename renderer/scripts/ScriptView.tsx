/**
 * The script view beside the canvas: the whole journey as one continuous customer experience
 * process script (客户体验流程脚本) in main-path order, alternative paths indented under the
 * touchpoint they leave, touchpoints on no path at the end. Lines, tones and service standards are
 * edited in place through the same commands as the inspector; the script checks show at the
 * touchpoint they are about, each with "Accept…" (or its accepted reason and "Undo acceptance").
 *
 * Scrolling is kept in step with the canvas both ways: selecting a card scrolls its section to the
 * top; scrolling the script selects the card whose section is at the top and centres the canvas on
 * it (throttled). A selection the script view made itself never scrolls it back (no feedback loop).
 */
import { memo, useCallback, useEffect, useId, useMemo, useRef, type ReactNode } from 'react'
import { acceptedReasons } from '../../shared/commands/script'
import { updateTouchpoint, type TouchpointChanges } from '../../shared/commands/touchpoint'
import { LINT_RULES, lintJourney, renderFinding, type AcceptedFinding, type Finding, type Severity } from '../../shared/lint/engine'
import { staffLine, type ScriptLine, type ServiceStandard } from '../../shared/model/script'
import type { JourneyDocument, Locale, Touchpoint } from '../../shared/model/schema'
import { useApp } from '../app/appStore'
import { useCanvasNavigation } from '../canvas/useCanvasNavigation'
import { SETTLE_MS } from '../canvas/WarningsPanel'
import { stageName, touchpointName } from '../editor/format'
import { selectionStore, useSelectedTouchpointId } from '../editor/selection'
import { useT } from '../i18n/useT'
import { TextField } from '../inspector/fields'
import type { DocumentSession } from '../state/documentSession'
import { useSettledValue } from '../state/useSettledValue'
import { AcceptButton, AcceptedNote } from './FindingAcceptance'
import { useListEditing } from './listEditing'
import { scriptOutline, type ScriptBranch, type ScriptEntry } from './scriptOutline'

const SCRIPT_RULES = LINT_RULES.filter((rule) => rule.group === 'script').map((rule) => rule.id)
const SEVERITY_ICON: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' }
const SCROLL_THROTTLE_MS = 150

interface TouchpointFindings {
  open: Finding[]
  accepted: AcceptedFinding[]
}
const NO_FINDINGS: TouchpointFindings = { open: [], accepted: [] }

export function ScriptView({ session, doc }: { session: DocumentSession; doc: JourneyDocument }) {
  const t = useT()
  const headingId = useId()
  const locale = useApp((state) => state.locale)
  const selectedId = useSelectedTouchpointId()
  const navigation = useCanvasNavigation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const outline = useMemo(() => scriptOutline(doc), [doc])

  // Checked once the document settles (as the warnings are), so typing never waits for the lint.
  const linted = useSettledValue(doc, SETTLE_MS)
  const findings = useMemo(() => {
    const result = lintJourney(linted, { accepted: acceptedReasons(linted), rules: SCRIPT_RULES })
    const byTouchpoint = new Map<string, TouchpointFindings>()
    const entry = (id: string) => {
      let found = byTouchpoint.get(id)
      if (!found) byTouchpoint.set(id, (found = { open: [], accepted: [] }))
      return found
    }
    for (const finding of result.findings) if (finding.touchpointId) entry(finding.touchpointId).open.push(finding)
    for (const finding of result.accepted) if (finding.touchpointId) entry(finding.touchpointId).accepted.push(finding)
    return byTouchpoint
  }, [linted])

  // The selection the view made by scrolling, and where the view last scrolled itself to (a scroll
  // that ends there is the view's own, not the user's).
  const selectedByScroll = useRef<string | null>(null)
  const selfScrollTop = useRef<number | null>(null)
  const throttle = useRef<ReturnType<typeof setTimeout> | null>(null)

  // Canvas → script: a newly selected card brings its section to the top.
  useEffect(() => {
    if (!selectedId) return
    if (selectedByScroll.current === selectedId) return
    selectedByScroll.current = null
    const container = scrollRef.current
    const section = container?.querySelector<HTMLElement>(`[data-script-touchpoint="${CSS.escape(selectedId)}"]`)
    if (!container || !section) return
    const top = section.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop
    container.scrollTo({ top: Math.max(0, top - 4) })
    selfScrollTop.current = container.scrollTop
  }, [selectedId])

  // Script → canvas: the section at the top selects its card and centres the canvas on it.
  const syncFromScroll = useCallback(() => {
    throttle.current = null
    const container = scrollRef.current
    if (!container) return
    if (selfScrollTop.current !== null && Math.abs(container.scrollTop - selfScrollTop.current) < 2) return
    selfScrollTop.current = null
    const top = container.getBoundingClientRect().top
    const sections = container.querySelectorAll<HTMLElement>('[data-script-touchpoint]')
    const atTop = [...sections].find((section) => section.getBoundingClientRect().bottom > top + 24)
    const id = atTop?.dataset.scriptTouchpoint
    if (!id || id === selectionStore.get().touchpointId) return
    selectedByScroll.current = id
    navigation.showCard(id)
  }, [navigation])
  const onScroll = () => {
    if (throttle.current) return
    throttle.current = setTimeout(syncFromScroll, SCROLL_THROTTLE_MS)
  }
  useEffect(
    () => () => {
      if (throttle.current) clearTimeout(throttle.current)
    },
    [],
  )

  const section = (touchpoint: Touchpoint) => (
    <ScriptSection
      key={touchpoint.id}
      session={session}
      touchpoint={touchpoint}
      stage={doc.stages[touchpoint.stageId]?.name ?? ''}
      lang={doc.meta.locale}
      locale={locale}
      findings={findings.get(touchpoint.id) ?? NO_FINDINGS}
      selected={touchpoint.id === selectedId}
    />
  )
  const entry = (item: ScriptEntry) => (
    <div key={item.touchpoint.id} className="script-entry">
      {section(item.touchpoint)}
      {item.branches.map((branch) => (
        <Branch key={branch.edge.id} branch={branch} renderEntry={entry} />
      ))}
    </div>
  )
  const empty = outline.main.length === 0 && outline.offPath.length === 0

  return (
    <section className="script-view" aria-labelledby={headingId}>
      <div className="script-scroll" ref={scrollRef} onScroll={onScroll}>
        <header className="script-view-header">
          <h3 id={headingId}>
            <span className="visually-hidden">{t('scripts.view.label')}: </span>
            {t('scripts.view.title', { version: doc.meta.versionLabel || '1.0' })}
          </h3>
          <p className="field-hint">{t('scripts.view.hint')}</p>
        </header>
        {empty && <p className="muted">{t('scripts.view.empty')}</p>}
        {outline.main.map(entry)}
        {outline.offPath.length > 0 && (
          <div className="script-off-path" role="group" aria-label={t('scripts.view.offPath')}>
            <h4 className="script-group-heading">{t('scripts.view.offPath')}</h4>
            {outline.offPath.map(section)}
          </div>
        )}
      </div>
    </section>
  )
}

function Branch({ branch, renderEntry }: { branch: ScriptBranch; renderEntry: (entry: ScriptEntry) => ReactNode }) {
  const t = useT()
  const label = branch.edge.label.trim() ? t('scripts.view.branch', { label: branch.edge.label.trim() }) : t('scripts.view.branchUnlabelled')
  const target = branch.continuesAt ? touchpointName(t, branch.continuesAt.title) : ''
  const end =
    branch.entries.length === 0
      ? t('scripts.view.skipsTo', { title: target })
      : !branch.continuesAt
        ? t('scripts.view.endsHere')
        : branch.rejoinsMain
          ? t('scripts.view.rejoins', { title: target })
          : t('scripts.view.continuesAt', { title: target })
  return (
    <div className="script-branch" role="group" aria-label={label}>
      <p className="script-branch-label">
        <span aria-hidden="true">↳ </span>
        {label}
      </p>
      {branch.entries.map(renderEntry)}
      <p className="script-branch-end muted">
        <span aria-hidden="true">⤴ </span>
        {end}
      </p>
    </div>
  )
}

interface ScriptSectionProps {
  session: DocumentSession
  touchpoint: Touchpoint
  stage: string
  /** The document's language (of the text typed here). */
  lang: Locale
  /** The interface language (of the findings' messages). */
  locale: Locale
  findings: TouchpointFindings
  selected: boolean
}

/** One touchpoint of the script: heading, checks, service standards, lines, delight. */
const ScriptSection = memo(function ScriptSection({ session, touchpoint, stage, lang, locale, findings, selected }: ScriptSectionProps) {
  const t = useT()
  const headingId = useId()
  const navigation = useCanvasNavigation()
  const { containerRef, restructure } = useListEditing()
  const { id } = touchpoint
  const title = touchpointName(t, touchpoint.title)
  const update = (changes: TouchpointChanges) => session.dispatch(updateTouchpoint, { id, changes })
  const changeStandard = (index: number, changes: Partial<ServiceStandard>) =>
    update({ standards: touchpoint.standards.map((item, position) => (position === index ? { ...item, ...changes } : item)) })
  const changeLine = (index: number, changes: Partial<ScriptLine>) =>
    update({ scriptLines: touchpoint.scriptLines.map((line, position) => (position === index ? { ...line, ...changes } : line)) })
  const show = t('scripts.view.show', { title })

  return (
    <article
      className={`script-section ${touchpoint.isMot ? 'is-mot' : ''} ${selected ? 'is-selected' : ''}`}
      data-script-touchpoint={id}
      aria-labelledby={headingId}
      ref={containerRef}
    >
      <header className="script-section-header">
        <h4 id={headingId} className="script-section-heading">
          <span className="script-stage">{stageName(t, stage)}</span>
          <span className="script-sep" aria-hidden="true">
            {' · '}
          </span>
          <span className="script-title">{title}</span>
          {touchpoint.role.trim() && (
            <>
              <span className="script-sep" aria-hidden="true">
                {' · '}
              </span>
              <span className="script-role">{touchpoint.role}</span>
            </>
          )}
          {touchpoint.isMot && <span className="mot-badge script-badge"> {t('scripts.view.mot')}</span>}
          {touchpoint.isPeak && (
            <span className="script-badge script-peak">
              {' '}
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{t('scripts.view.peak')}</span>
            </span>
          )}
          {touchpoint.isEnd && (
            <span className="script-badge script-end">
              {' '}
              <span aria-hidden="true">⚑</span>
              <span className="visually-hidden">{t('scripts.view.end')}</span>
            </span>
          )}
        </h4>
        <button type="button" className="icon-button script-show" aria-label={show} title={show} onClick={() => navigation.showCard(id)}>
          ◎
        </button>
      </header>

      {(findings.open.length > 0 || findings.accepted.length > 0) && (
        <ul className="script-findings" aria-label={t('scripts.view.checks')}>
          {findings.open.map((finding) => {
            const text = renderFinding(locale, finding)
            return (
              <li key={finding.key} className={`script-finding lint-finding-${finding.severity}`}>
                <span className="lint-severity">
                  <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
                  {t(`lint.severity.${finding.severity}`)}
                  <span className="visually-hidden">: </span>
                </span>{' '}
                <span className="lint-text">{text}</span> <AcceptButton session={session} findingKey={finding.key} text={text} />
              </li>
            )
          })}
          {findings.accepted.map((finding) => {
            const text = renderFinding(locale, finding)
            return (
              <li key={finding.key} className="script-finding is-accepted">
                <span className="lint-text">{text}</span> <AcceptedNote session={session} findingKey={finding.key} text={text} reason={finding.reason} />
              </li>
            )
          })}
        </ul>
      )}

      {touchpoint.standards.length > 0 && (
        <div className="script-block">
          <h5>{t('scripts.view.standards')}</h5>
          <ul className="script-standards">
            {touchpoint.standards.map((item, index) => {
              const number = index + 1
              return (
                <li key={index} className="script-standard">
                  <TextField label={t('scripts.view.standardText', { title, number })} hideLabel multiline rows={1} value={item.text} maxLength={2000} lang={lang} onChange={(text) => changeStandard(index, { text })} />
                  <div className="mini-field standard-time">
                    <span className="mini-label" aria-hidden="true">
                      {t('scripts.standard.timeLimitShort')}
                    </span>
                    <TextField
                      label={t('scripts.view.standardTime', { title, number })}
                      hideLabel
                      value={item.timeLimit}
                      maxLength={100}
                      lang={lang}
                      placeholder={t('scripts.standard.timeLimitExample')}
                      onChange={(timeLimit) => changeStandard(index, { timeLimit })}
                    />
                  </div>
                </li>
              )
            })}
          </ul>
        </div>
      )}

      <div className="script-block">
        <h5>{t('scripts.view.lines')}</h5>
        {touchpoint.scriptLines.length === 0 ? (
          <p className="muted">{t('scripts.view.noLines')}</p>
        ) : (
          <ol className="script-lines">
            {touchpoint.scriptLines.map((line, index) => {
              const number = index + 1
              const linked = line.phraseId !== null
              return (
                <li key={index} data-row={index} className={`script-line speaker-${line.speaker} ${linked ? 'is-linked' : ''}`}>
                  <span className="script-speaker-label">{t(`scripts.speaker.${line.speaker}`)}</span>
                  <div className="script-line-body">
                    <TextField
                      className="row-text"
                      label={t('scripts.view.lineText', { title, number })}
                      hideLabel
                      multiline
                      rows={1}
                      value={line.text}
                      maxLength={2000}
                      lang={lang}
                      onChange={(text) => changeLine(index, { text, phraseId: null })}
                    />
                    {linked && (
                      <span className="library-badge" title={t('scripts.line.linkedHint')}>
                        {t('scripts.line.linked')}
                      </span>
                    )}
                    <div className="mini-field script-tone">
                      <span className="mini-label" aria-hidden="true">
                        {t('scripts.line.toneShort')}
                      </span>
                      <TextField
                        label={t('scripts.view.lineTone', { title, number })}
                        hideLabel
                        value={line.tone}
                        maxLength={300}
                        lang={lang}
                        placeholder={t('scripts.line.tonePlaceholder')}
                        onChange={(tone) => changeLine(index, { tone })}
                      />
                    </div>
                    {line.alternatives.length > 0 && (
                      <ul className="script-alternative-list">
                        {line.alternatives.map((alternative, position) => (
                          <li key={position}>
                            <span className="customer-type">
                              {alternative.customerType.trim() ? t('scripts.view.alternativeFor', { type: alternative.customerType.trim() }) : t('scripts.view.alternativeAny')}
                            </span>
                            <span className="visually-hidden">: </span>
                            <span lang={lang}>{alternative.text}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </li>
              )
            })}
          </ol>
        )}
        <button
          type="button"
          className="small"
          aria-label={t('scripts.view.addLine', { title })}
          onClick={() => restructure(() => update({ scriptLines: [...touchpoint.scriptLines, staffLine('')] }), { index: touchpoint.scriptLines.length, control: 'text' })}
        >
          <span aria-hidden="true">+ </span>
          {t('scripts.view.addLineShort')}
        </button>
      </div>

      {touchpoint.delight.trim() && (
        <div className="script-block script-delight">
          <h5>
            <span aria-hidden="true">★ </span>
            {t('scripts.view.delight')}
          </h5>
          <p lang={lang}>{touchpoint.delight}</p>
        </div>
      )}
    </article>
  )
})
