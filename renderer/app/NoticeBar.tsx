/** The one notice line under the toolbar: errors, confirmations, what an open repaired. */
import { useApp, notify } from './appStore'
import { useT } from '../i18n/useT'

export function NoticeBar() {
  const notice = useApp((state) => state.notice)
  const t = useT()
  if (!notice) return null
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-text">
        <p>{t.message(notice.message)}</p>
        {notice.details && notice.details.length > 0 && (
          <ul className="notice-details">
            {notice.details.slice(0, 50).map((detail, index) => (
              <li key={index}>
                {detail.context && <code>{detail.context}</code>} {t.message(detail.message)}
              </li>
            ))}
            {notice.details.length > 50 && <li>{t('ui.notice.more', { count: notice.details.length - 50 })}</li>}
          </ul>
        )}
      </div>
      <button type="button" className="icon-button" aria-label={t('ui.notice.dismiss')} onClick={() => notify(null)}>
        ×
      </button>
    </div>
  )
}
