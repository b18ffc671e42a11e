/**
 * Service standards (服务标准) of a touchpoint: observable actions, each with an optional time limit
 * (时限: "3 s", "24 h", "2 个工作日"). Type in place; add, move and remove rows.
 */
import { standard, type ServiceStandard } from '../../shared/model/script'
import { useT } from '../i18n/useT'
import { TextField } from '../inspector/fields'
import { RowActions, moved, useListEditing } from './listEditing'
import { MiniTextField } from './MiniTextField'

const MAX_STANDARDS = 200

interface StandardsEditorProps {
  standards: readonly ServiceStandard[]
  onChange: (standards: ServiceStandard[]) => void
  lang: string
}

export function StandardsEditor({ standards, onChange, lang }: StandardsEditorProps) {
  const t = useT()
  const { containerRef, restructure } = useListEditing()
  const label = t('editor.tp.standards')
  const change = (index: number, changes: Partial<ServiceStandard>) =>
    onChange(standards.map((item, position) => (position === index ? { ...item, ...changes } : item)))

  return (
    <div className="text-list standards-editor" ref={containerRef} role="group" aria-label={label}>
      <div className="field-label" aria-hidden="true">
        {label}
      </div>
      <p className="field-hint">{t('editor.tp.standardsHint')}</p>
      {standards.length === 0 ? (
        <p className="muted text-list-empty">{t('editor.list.empty')}</p>
      ) : (
        <ol className="text-list-items">
          {standards.map((item, index) => {
            const number = index + 1
            const name = t('editor.tp.standardItem', { number })
            return (
              <li key={index} data-row={index} className="text-list-row standard-row">
                <div className="standard-fields">
                  <TextField className="row-text" label={name} hideLabel multiline rows={2} value={item.text} maxLength={2000} lang={lang} onChange={(text) => change(index, { text })} />
                  <MiniTextField
                    wrapperClassName="standard-time"
                    shortLabel={t('scripts.standard.timeLimitShort')}
                    label={t('scripts.standard.timeLimit', { number })}
                    value={item.timeLimit}
                    maxLength={100}
                    lang={lang}
                    placeholder={t('scripts.standard.timeLimitPlaceholder')}
                    onChange={(timeLimit) => change(index, { timeLimit })}
                  />
                </div>
                <RowActions
                  name={name}
                  index={index}
                  count={standards.length}
                  onMove={(offset) => restructure(() => onChange(moved(standards, index, offset)), { index: index + offset, control: offset === -1 ? 'up' : 'down' })}
                  onRemove={() => {
                    const next = standards.filter((_, position) => position !== index)
                    restructure(() => onChange(next), next.length === 0 ? { index: 0, control: 'add' } : { index: Math.min(index, next.length - 1), control: 'text' })
                  }}
                />
              </li>
            )
          })}
        </ol>
      )}
      <button
        type="button"
        data-control="add"
        disabled={standards.length >= MAX_STANDARDS}
        onClick={() => restructure(() => onChange([...standards, standard('')]), { index: standards.length, control: 'text' })}
      >
        <span aria-hidden="true">+ </span>
        {t('editor.tp.standardAdd')}
      </button>
    </div>
  )
}
