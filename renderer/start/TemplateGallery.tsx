/** Start from a template: six realistic journeys, built in the interface's language. */
import { buildTemplate, templateSummary, TEMPLATES } from '../../shared/templates'
import { useApp } from '../app/appStore'
import { newJourneyFrom } from '../app/fileActions'
import { useT } from '../i18n/useT'

export function TemplateGallery() {
  const t = useT()
  const locale = useApp((state) => state.locale)
  return (
    <section className="template-gallery" aria-labelledby="gallery-heading">
      <h2 id="gallery-heading">{t('ui.gallery.heading')}</h2>
      <ul>
        {TEMPLATES.map((spec) => {
          const summary = templateSummary(spec, locale)
          return (
            <li key={spec.id} className="template-card">
              <h3>{summary.title}</h3>
              <p className="muted">{summary.description}</p>
              <p className="template-counts">{t('ui.gallery.counts', { touchpoints: summary.touchpoints, mots: summary.mots })}</p>
              <button type="button" aria-label={t('ui.gallery.useNamed', { title: summary.title })} onClick={() => void newJourneyFrom(buildTemplate(spec, locale))}>
                {t('ui.gallery.use')}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
