/** Canvas or list: the same journey, drawn as a blueprint or as stage columns of cards. */
import { useT } from '../i18n/useT'
import { setEditorView, useEditorView, type EditorView } from './canvasStore'

export function ViewSwitch() {
  const t = useT()
  const view = useEditorView()
  const option = (value: EditorView) => (
    <button type="button" role="radio" aria-checked={view === value} className={view === value ? 'is-active' : ''} onClick={() => setEditorView(value)}>
      {t(`canvas.view.${value}`)}
    </button>
  )
  return (
    <div className="view-switch" role="radiogroup" aria-label={t('canvas.view.label')}>
      {option('canvas')}
      {option('list')}
    </div>
  )
}
