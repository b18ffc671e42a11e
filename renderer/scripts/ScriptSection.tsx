import { memo, useId } from 'react'
import { updateTouchpoint, type TouchpointChanges } from '../../shared/commands/touchpoint'
import { staffLine, type ScriptLine, type ServiceStandard } from '../../shared/model/script'
import type { Locale, Touchpoint } from '../../shared/model/schema'
import { useCanvasNavigation } from '../canvas/useCanvasNavigation'
import { stageName, touchpointName } from '../editor/format'
import { useT } from '../i18n/useT'
import { TextField } from '../inspector/fields'
import type { DocumentSession } from '../state/documentSession'
import { useListEditing } from './listEditing'
import { ScriptFindingList } from './ScriptFindingList'
import { ScriptLineList } from './ScriptLineList'
import type { TouchpointFindings } from './useScriptFindings'
import { MiniTextField } from './MiniTextField'

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
export const ScriptSection = memo(function ScriptSection({ session, touchpoint, stage, lang, locale, findings, selected }: ScriptSectionProps) {
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

      {(findings.open.length > 0 || findings.accepted.length > 0) && <ScriptFindingList session={session} locale={locale} findings={findings} />}

      {touchpoint.standards.length > 0 && (
        <div className="script-block">
          <h5>{t('scripts.view.standards')}</h5>
          <ul className="script-standards">
            {touchpoint.standards.map((item, index) => {
              const number = index + 1
              return (
                <li key={index} className="script-standard">
                  <TextField label={t('scripts.view.standardText', { title, number })} hideLabel multiline rows={1} value={item.text} maxLength={2000} lang={lang} onChange={(text) => changeStandard(index, { text })} />
                  <MiniTextField
                    wrapperClassName="standard-time"
                    shortLabel={t('scripts.standard.timeLimitShort')}
                    label={t('scripts.view.standardTime', { title, number })}
                    value={item.timeLimit}
                    maxLength={100}
                    lang={lang}
                    placeholder={t('scripts.standard.timeLimitExample')}
                    onChange={(timeLimit) => changeStandard(index, { timeLimit })}
                  />
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
          <ScriptLineList title={title} lang={lang} lines={touchpoint.scriptLines} changeLine={changeLine} />
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
