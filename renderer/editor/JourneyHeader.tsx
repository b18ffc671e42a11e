/**
 * The journey's own fields above the board: title, version, document language, description. The
 * details fold away to one line (title, counts, actions) so the canvas gets the room on a projector;
 * the choice is remembered.
 */
import { memo, useRef, type ReactNode } from 'react'
import { setJourneyMeta } from '../../shared/commands/journey'
import { LOCALES, type JourneyMeta, type Locale } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import { SelectField, TextField } from '../inspector/fields'
import { rememberedChoice } from '../state/remembered'
import { createStore, useStore } from '../state/store'
import type { DocumentSession } from '../state/documentSession'
import { clearSelection } from './selection'

const rememberedDetails = rememberedChoice('mot-studio-journey-details', ['shown', 'hidden'], 'shown')
const headerStore = createStore<{ compact: boolean }>({ compact: rememberedDetails.read() === 'hidden' })

function setCompact(compact: boolean): void {
  headerStore.set({ compact })
  rememberedDetails.write(compact ? 'hidden' : 'shown')
}

interface JourneyHeaderProps {
  session: DocumentSession
  meta: JourneyMeta
  stageCount: number
  touchpointCount: number
  motCount: number
}

export const JourneyHeader = memo(function JourneyHeader({ session, meta, stageCount, touchpointCount, motCount }: JourneyHeaderProps) {
  const t = useT()
  const compact = useStore(headerStore, (state) => state.compact)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const change = (changes: Partial<JourneyMeta>) => session.dispatch(setJourneyMeta, { changes })
  const toggle = () => {
    setCompact(!compact)
    // The button moves between the two layouts: keep the keyboard on it.
    requestAnimationFrame(() => toggleRef.current?.focus())
  }
  const stats = <p className="journey-stats muted">{t('editor.journey.stats', { stages: stageCount, touchpoints: touchpointCount, mots: motCount })}</p>
  const actions: ReactNode = (
    <span className="journey-header-actions">
      <button type="button" onClick={clearSelection}>
        {t('editor.journey.properties')}
      </button>
      <button type="button" ref={toggleRef} aria-expanded={!compact} onClick={toggle}>
        <span aria-hidden="true">{compact ? '▾ ' : '▴ '}</span>
        {t(compact ? 'editor.journey.showDetails' : 'editor.journey.hideDetails')}
      </button>
    </span>
  )
  return (
    <header className={compact ? 'journey-header is-compact' : 'journey-header'}>
      <div className="journey-header-row">
        <TextField
          className="journey-title"
          label={t('editor.journey.title')}
          hideLabel={compact}
          value={meta.title}
          maxLength={200}
          lang={meta.locale}
          onChange={(title) => change({ title })}
        />
        {compact ? (
          <>
            {stats}
            {actions}
          </>
        ) : (
          <>
            <TextField className="journey-version" label={t('editor.journey.version')} value={meta.versionLabel} maxLength={40} onChange={(versionLabel) => change({ versionLabel })} />
            <SelectField
              className="journey-locale"
              label={t('editor.journey.locale')}
              value={meta.locale}
              options={LOCALES.map((locale) => ({ value: locale, label: t(`editor.journey.locale.${locale}`) }))}
              onChange={(locale) => change({ locale: locale as Locale })}
            />
          </>
        )}
      </div>
      {!compact && (
        <>
          <TextField
            className="journey-description"
            label={t('editor.journey.description')}
            value={meta.description}
            maxLength={10_000}
            multiline
            rows={2}
            lang={meta.locale}
            onChange={(description) => change({ description })}
          />
          <div className="journey-header-row journey-header-footer">
            {stats}
            {actions}
          </div>
        </>
      )}
    </header>
  )
})
