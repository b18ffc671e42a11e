/** Switches between 中文 and English; the choice is remembered by the host. */
import { LOCALES } from '../../shared/model/schema'
import { useApp } from './appStore'
import { setLocale } from './fileActions'
import { useT } from '../i18n/useT'

const NAMES = { 'zh-CN': '中文', en: 'English' } as const

export function LanguageSwitch() {
  const locale = useApp((state) => state.locale)
  const t = useT()
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('ui.language.label')}</span>
      <select aria-label={t('ui.language.label')} value={locale} onChange={(event) => void setLocale(event.target.value as typeof locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  )
}
