/** The start page: new journey, open a file, import a spreadsheet, recent files, recovered work. */
import { useApp } from '../app/appStore'
import {
  discardRecovered,
  downloadImportTemplate,
  importSpreadsheet,
  newJourney,
  openJourney,
  openRef,
  restoreRecovered,
} from '../app/fileActions'
import { LanguageSwitch } from '../app/LanguageSwitch'
import { useT } from '../i18n/useT'
import { TemplateGallery } from './TemplateGallery'

export function StartPage() {
  const t = useT()
  const recent = useApp((state) => state.recent)
  const recoverable = useApp((state) => state.recoverable)
  return (
    <main className="start-page">
      <header className="start-header">
        <div>
          <h1>MOT Studio</h1>
          <p className="tagline">{t('ui.start.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      {recoverable.length > 0 && (
        <section className="recovery" aria-labelledby="recovery-heading">
          <h2 id="recovery-heading">{t('ui.recovery.heading')}</h2>
          <p>{t('ui.recovery.explain')}</p>
          <ul>
            {recoverable.map((item) => (
              <li key={item.docId}>
                <span className="recovery-title">{item.title}</span>
                <span className="muted">
                  {item.fileName ?? t('ui.recovery.neverSaved')} · {new Date(item.modifiedAt).toLocaleString()}
                </span>
                <button type="button" className="primary" onClick={() => void restoreRecovered(item.docId)} aria-label={t('ui.recovery.restoreNamed', { title: item.title })}>
                  {t('ui.recovery.restore')}
                </button>
                <button type="button" onClick={() => void discardRecovered(item.docId)} aria-label={t('ui.recovery.discardNamed', { title: item.title })}>
                  {t('ui.recovery.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="start-actions" aria-label={t('ui.start.actions')}>
        <button type="button" className="primary big" onClick={() => void newJourney()}>
          {t('ui.start.new')}
        </button>
        <button type="button" className="big" onClick={() => void openJourney()}>
          {t('ui.start.open')}
        </button>
        <button type="button" className="big" onClick={() => void importSpreadsheet()}>
          {t('ui.start.import')}
        </button>
      </section>
      <TemplateGallery />
      <section className="start-template" aria-labelledby="template-heading">
        <h2 id="template-heading">{t('ui.start.templateHeading')}</h2>
        <p>{t('ui.start.templateExplain')}</p>
        <button type="button" onClick={() => void downloadImportTemplate('xlsx')}>
          {t('ui.start.templateXlsx')}
        </button>
        <button type="button" onClick={() => void downloadImportTemplate('csv')}>
          {t('ui.start.templateCsv')}
        </button>
      </section>
      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('ui.start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('ui.start.noRecent')}</p>
        ) : (
          <ul>
            {recent.map((file) => (
              <li key={file.ref}>
                <button type="button" className="link" onClick={() => void openRef(file.ref)} title={file.location}>
                  {file.name}
                </button>
                <span className="muted location">{file.location}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}
