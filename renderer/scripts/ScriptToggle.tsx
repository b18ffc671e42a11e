/** "Script": shows or hides the script view beside the canvas (a toggle button, announced as pressed or not). */
import { useT } from '../i18n/useT'
import { setScriptViewOpen, useScriptViewOpen } from './scriptViewStore'

export function ScriptToggle() {
  const t = useT()
  const open = useScriptViewOpen()
  return (
    <button
      type="button"
      className={`script-toggle ${open ? 'is-active' : ''}`}
      aria-pressed={open}
      title={t('scripts.toggleHint')}
      onClick={() => setScriptViewOpen(!open)}
    >
      <span aria-hidden="true">☰ </span>
      {t('scripts.toggle')}
    </button>
  )
}
