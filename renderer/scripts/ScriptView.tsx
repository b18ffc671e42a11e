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
import { useId, useMemo, useRef } from 'react'
import type { JourneyDocument, Touchpoint } from '../../shared/model/schema'
import { useApp } from '../app/appStore'
import { useCanvasNavigation } from '../canvas/useCanvasNavigation'
import { useSelectedTouchpointId } from '../editor/selection'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { ScriptBranchView } from './ScriptBranchView'
import { scriptOutline, type ScriptEntry } from './scriptOutline'
import { ScriptSection } from './ScriptSection'
import { NO_FINDINGS, useScriptFindings } from './useScriptFindings'
import { useScriptScrollSync } from './useScriptScrollSync'

export function ScriptView({ session, doc }: { session: DocumentSession; doc: JourneyDocument }) {
  const t = useT()
  const headingId = useId()
  const locale = useApp((state) => state.locale)
  const selectedId = useSelectedTouchpointId()
  const navigation = useCanvasNavigation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const outline = useMemo(() => scriptOutline(doc), [doc])

  const findings = useScriptFindings(doc)
  const onScroll = useScriptScrollSync(scrollRef, selectedId, navigation)

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
        <ScriptBranchView key={branch.edge.id} branch={branch} renderEntry={entry} />
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
