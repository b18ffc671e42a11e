/** Renders the current modal dialog (choice, prompt, file picker) as an accessible dialog. */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useApp, type OpenDialog } from '../app/appStore'
import { useT } from '../i18n/useT'

export function DialogHost() {
  const dialog = useApp((state) => state.dialog)
  if (!dialog) return null
  return (
    <div className="dialog-backdrop">
      <DialogBody dialog={dialog} />
    </div>
  )
}

function DialogBody({ dialog }: { dialog: OpenDialog }) {
  const t = useT()
  const { spec, resolve } = dialog
  const [text, setText] = useState(spec.kind === 'prompt' ? spec.initial : '')
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // Enter must never confirm a destructive choice: focus the text field, else the safe default.
    const root = ref.current
    const target =
      root?.querySelector<HTMLElement>('input') ??
      (root?.querySelector('button.danger') ? root.querySelector<HTMLElement>('button:not(.danger):not(.primary)') : null) ??
      root?.querySelector<HTMLElement>('button.primary, button')
    target?.focus()
  }, [])
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') resolve(null)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (text.trim()) resolve(text.trim())
  }
  const title = t.message(spec.title)
  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-label={title} ref={ref} onKeyDown={onKeyDown}>
      <h2>{title}</h2>
      {spec.kind === 'choice' && (
        <>
          <p>{t.message(spec.body)}</p>
          {spec.details && spec.details.length > 0 && (
            <ul className="dialog-details">
              {spec.details.map((detail, index) => (
                <li key={index}>
                  {detail.context && <code>{detail.context}</code>} {t.message(detail.message)}
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            {spec.actions.map((action) => (
              <button key={action.id} type="button" className={action.tone ?? ''} onClick={() => resolve(action.id)}>
                {t.message(action.label)}
              </button>
            ))}
          </div>
        </>
      )}
      {spec.kind === 'prompt' && (
        <form onSubmit={submit}>
          <label className="field">
            <span>{t.message(spec.label)}</span>
            <input value={text} onChange={(event) => setText(event.target.value)} />
          </label>
          <div className="dialog-actions">
            <button type="submit" className="primary" disabled={!text.trim()}>
              {t('ui.common.ok')}
            </button>
            <button type="button" onClick={() => resolve(null)}>
              {t('ui.common.cancel')}
            </button>
          </div>
        </form>
      )}
      {spec.kind === 'pickFile' && (
        <>
          {spec.files.length === 0 ? (
            <p>{t('ui.dialog.noFiles')}</p>
          ) : (
            <ul className="file-list" aria-label={t('ui.dialog.files')}>
              {spec.files.map((file) => (
                <li key={file.ref}>
                  <button type="button" onClick={() => resolve(file.ref)}>
                    {file.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => resolve(null)}>
              {t('ui.common.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
