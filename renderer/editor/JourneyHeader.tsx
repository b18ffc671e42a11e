/** The journey's own fields above the board: title, version, document language, description. */
import { memo } from 'react'
import { setJourneyMeta } from '../../shared/commands/journey'
import { LOCALES, type JourneyMeta, type Locale } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import { SelectField, TextField } from '../inspector/fields'
import type { DocumentSession } from '../state/documentSession'
import { clearSelection } from './selection'

interface JourneyHeaderProps {
  session: DocumentSession
  meta: JourneyMeta
  stageCount: number
  touchpointCount: number
  motCount: number
}

export const JourneyHeader = memo(function JourneyHeader({ session, meta, stageCount, touchpointCount, motCount }: JourneyHeaderProps) {
  const t = useT()
  const change = (changes: Partial<JourneyMeta>) => session.dispatch(setJourneyMeta, { changes })
  return (
    <header className="journey-header">
      <div className="journey-header-row">
        <TextField className="journey-title" label={t('editor.journey.title')} value={meta.title} maxLength={200} lang={meta.locale} onChange={(title) => change({ title })} />
        <TextField className="journey-version" label={t('editor.journey.version')} value={meta.versionLabel} maxLength={40} onChange={(versionLabel) => change({ versionLabel })} />
        <SelectField
          className="journey-locale"
          label={t('editor.journey.locale')}
          value={meta.locale}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`editor.journey.locale.${locale}`) }))}
          onChange={(locale) => change({ locale: locale as Locale })}
        />
      </div>
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
        <p className="journey-stats muted">{t('editor.journey.stats', { stages: stageCount, touchpoints: touchpointCount, mots: motCount })}</p>
        <button type="button" onClick={clearSelection}>
          {t('editor.journey.properties')}
        </button>
      </div>
    </header>
  )
})
