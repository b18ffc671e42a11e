/**
 * The standard script (标准话术) of a touchpoint: ordered lines, each with its speaker (staff or
 * customer), the line, its tone (语气) and alternatives for types of customer (顾客类型, DISC-style:
 * hesitant, assertive, analytical, friendly). A line inserted from the phrase library stays linked
 * to it (changing the library changes every use) until it is unlinked or its text is edited here.
 */
import { useId, useState } from 'react'
import { insertPhraseIntoScript, MAX_SCRIPT_LINES } from '../../shared/commands/script'
import { translate } from '../../shared/i18n/translate'
import { bySortKey } from '../../shared/model/order'
import { PHRASE_CATEGORIES, SPEAKERS, staffLine, type ScriptAlternative, type ScriptLine, type Speaker } from '../../shared/model/script'
import type { JourneyDocument, Locale } from '../../shared/model/schema'
import { useSession } from '../editor/sessionContext'
import { useT } from '../i18n/useT'
import { SelectField, TextField } from '../inspector/fields'
import { RowActions, moved, useListEditing } from './listEditing'
import { MiniTextField } from './MiniTextField'

export const CUSTOMER_TYPES = ['hesitant', 'assertive', 'analytical', 'friendly'] as const

/** The customer types offered as suggestions, in the document's language (what ends up in the file). */
export function customerTypeSuggestions(locale: Locale): string[] {
  return CUSTOMER_TYPES.map((type) => translate(locale, `scripts.customerType.${type}`))
}

interface ScriptLinesEditorProps {
  touchpointId: string
  lines: readonly ScriptLine[]
  phrases: JourneyDocument['phrases']
  locale: Locale
  onChange: (lines: ScriptLine[]) => void
}

export function ScriptLinesEditor({ touchpointId, lines, phrases, locale, onChange }: ScriptLinesEditorProps) {
  const t = useT()
  const { containerRef, restructure } = useListEditing()
  const typesId = useId()
  const label = t('editor.tp.script')
  const change = (index: number, changes: Partial<ScriptLine>) => onChange(lines.map((line, position) => (position === index ? { ...line, ...changes } : line)))

  return (
    <div className="text-list script-lines-editor" ref={containerRef} role="group" aria-label={label}>
      <div className="field-label" aria-hidden="true">
        {label}
      </div>
      <p className="field-hint">{t('editor.tp.scriptHint')}</p>
      <datalist id={typesId}>
        {customerTypeSuggestions(locale).map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      {lines.length === 0 ? (
        <p className="muted text-list-empty">{t('editor.list.empty')}</p>
      ) : (
        <ol className="text-list-items">
          {lines.map((line, index) => (
            <ScriptLineRow
              key={index}
              index={index}
              count={lines.length}
              line={line}
              linked={line.phraseId !== null && phrases[line.phraseId] !== undefined}
              lang={locale}
              typesId={typesId}
              onChange={(changes) => change(index, changes)}
              onMove={(offset) => restructure(() => onChange(moved(lines, index, offset)), { index: index + offset, control: offset === -1 ? 'up' : 'down' })}
              onRemove={() => {
                const next = lines.filter((_, position) => position !== index)
                restructure(() => onChange(next), next.length === 0 ? { index: 0, control: 'add' } : { index: Math.min(index, next.length - 1), control: 'text' })
              }}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        data-control="add"
        disabled={lines.length >= MAX_SCRIPT_LINES}
        onClick={() => restructure(() => onChange([...lines, staffLine('')]), { index: lines.length, control: 'text' })}
      >
        <span aria-hidden="true">+ </span>
        {t('editor.tp.scriptAdd')}
      </button>
      <InsertFromLibrary touchpointId={touchpointId} phrases={phrases} disabled={lines.length >= MAX_SCRIPT_LINES} />
    </div>
  )
}

interface ScriptLineRowProps {
  index: number
  count: number
  line: ScriptLine
  linked: boolean
  lang: string
  typesId: string
  onChange: (changes: Partial<ScriptLine>) => void
  onMove: (offset: -1 | 1) => void
  onRemove: () => void
}

function ScriptLineRow({ index, count, line, linked, lang, typesId, onChange, onMove, onRemove }: ScriptLineRowProps) {
  const t = useT()
  const number = index + 1
  const name = t('editor.tp.scriptItem', { number })
  const session = useSession()
  /** A choice (speaker, unlink) is its own undo step, apart from typing. */
  const discrete = (changes: Partial<ScriptLine>) => {
    session.editor.breakMerge()
    onChange(changes)
    session.editor.breakMerge()
  }
  const speakerOptions = SPEAKERS.map((speaker) => ({ value: speaker, label: t(`scripts.speaker.${speaker}`) }))
  return (
    <li data-row={index} className={`script-line-row speaker-${line.speaker} ${linked ? 'is-linked' : ''}`}>
      <div className="script-line-head">
        <SelectField className="script-speaker" label={t('scripts.line.speaker', { number })} hideLabel value={line.speaker} options={speakerOptions} onChange={(speaker) => discrete({ speaker: speaker as Speaker })} />
        {linked && (
          <span className="library-badge" title={t('scripts.line.linkedHint')}>
            {t('scripts.line.linked')}
          </span>
        )}
        <RowActions name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      {/* Typing into a linked line makes it this touchpoint's own line: the link goes, the text stays. */}
      <TextField className="row-text script-line-text" label={name} hideLabel multiline rows={2} value={line.text} maxLength={2000} lang={lang} onChange={(text) => onChange({ text, phraseId: null })} />
      {linked && (
        <div className="linked-note">
          <span className="field-hint">{t('scripts.line.linkedHint')}</span>
          <button type="button" className="link" aria-label={t('scripts.line.unlink', { number })} onClick={() => discrete({ phraseId: null })}>
            {t('scripts.line.unlinkShort')}
          </button>
        </div>
      )}
      <MiniTextField
        wrapperClassName="script-tone"
        shortLabel={t('scripts.line.toneShort')}
        label={t('scripts.line.tone', { number })}
        value={line.tone}
        maxLength={300}
        lang={lang}
        placeholder={t('scripts.line.tonePlaceholder')}
        onChange={(tone) => onChange({ tone })}
      />
      <AlternativesEditor line={number} alternatives={line.alternatives} lang={lang} typesId={typesId} onChange={(alternatives) => onChange({ alternatives })} />
    </li>
  )
}

const MAX_ALTERNATIVES = 20

interface AlternativesEditorProps {
  /** The line's number (1-based), for the controls' names. */
  line: number
  alternatives: readonly ScriptAlternative[]
  lang: string
  typesId: string
  onChange: (alternatives: ScriptAlternative[]) => void
}

/** Alternatives (备选说法) of one line, collapsed until wanted. */
function AlternativesEditor({ line, alternatives, lang, typesId, onChange }: AlternativesEditorProps) {
  const t = useT()
  const [open, setOpen] = useState(alternatives.length > 0)
  const { containerRef, restructure } = useListEditing('data-alt-row')
  const change = (index: number, changes: Partial<ScriptAlternative>) =>
    onChange(alternatives.map((alternative, position) => (position === index ? { ...alternative, ...changes } : alternative)))
  return (
    <details className="script-alternatives" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('scripts.alternatives.summary', { count: alternatives.length })}</summary>
      <div ref={containerRef}>
        <p className="field-hint">{t('scripts.alternatives.hint')}</p>
        {alternatives.length > 0 && (
          <ol className="alternative-list">
            {alternatives.map((alternative, index) => {
              const number = index + 1
              const remove = t('scripts.alternative.remove', { line, number })
              return (
                <li key={index} data-alt-row={index} className="alternative-row">
                  <MiniTextField
                    wrapperClassName="alternative-type"
                    shortLabel={t('scripts.alternative.customerTypeShort')}
                    className="row-text"
                    label={t('scripts.alternative.customerType', { line, number })}
                    list={typesId}
                    value={alternative.customerType}
                    maxLength={100}
                    lang={lang}
                    onChange={(customerType) => change(index, { customerType })}
                  >
                    <button
                      type="button"
                      className="icon-button danger"
                      aria-label={remove}
                      title={remove}
                      onClick={() => {
                        const next = alternatives.filter((_, position) => position !== index)
                        restructure(() => onChange(next), next.length === 0 ? { index: 0, control: 'add' } : { index: Math.min(index, next.length - 1), control: 'text' })
                      }}
                    >
                      ×
                    </button>
                  </MiniTextField>
                  <TextField label={t('scripts.alternative.text', { line, number })} hideLabel multiline rows={2} value={alternative.text} maxLength={2000} lang={lang} onChange={(text) => change(index, { text })} />
                </li>
              )
            })}
          </ol>
        )}
        <button
          type="button"
          className="small"
          data-control="add"
          disabled={alternatives.length >= MAX_ALTERNATIVES}
          onClick={() => restructure(() => onChange([...alternatives, { customerType: '', text: '' }]), { index: alternatives.length, control: 'text' })}
        >
          <span aria-hidden="true">+ </span>
          {t('scripts.alternative.add', { line })}
        </button>
      </div>
    </details>
  )
}

/** "Insert from library": a phrase of the library (not a phrase to avoid) becomes a linked staff line at the end. */
function InsertFromLibrary({ touchpointId, phrases, disabled }: { touchpointId: string; phrases: JourneyDocument['phrases']; disabled: boolean }) {
  const t = useT()
  const session = useSession()
  const selectId = useId()
  const [choice, setChoice] = useState('')
  const usable = bySortKey(Object.values(phrases)).filter((phrase) => phrase.category !== 'avoid' && phrase.text.trim() !== '')
  const chosen = usable.some((phrase) => phrase.id === choice) ? choice : ''
  if (usable.length === 0) return <p className="field-hint insert-empty">{t('scripts.insert.empty')}</p>
  const insert = () => {
    if (!chosen) return
    session.editor.breakMerge()
    if (session.dispatch(insertPhraseIntoScript, { touchpointId, phraseId: chosen })) setChoice('')
  }
  return (
    <div className="insert-from-library">
      <label htmlFor={selectId} className="visually-hidden">
        {t('scripts.insert.select')}
      </label>
      <select id={selectId} value={chosen} onChange={(event) => setChoice(event.target.value)}>
        <option value="">{t('scripts.insert.choose')}</option>
        {PHRASE_CATEGORIES.filter((category) => category !== 'avoid').map((category) => {
          const inCategory = usable.filter((phrase) => phrase.category === category)
          if (inCategory.length === 0) return null
          return (
            <optgroup key={category} label={t(`scripts.category.${category}`)}>
              {inCategory.map((phrase) => (
                <option key={phrase.id} value={phrase.id}>
                  {phrase.text.length > 60 ? `${phrase.text.slice(0, 59)}…` : phrase.text}
                </option>
              ))}
            </optgroup>
          )
        })}
      </select>
      <button type="button" disabled={disabled || !chosen} onClick={insert}>
        {t('scripts.insert.button')}
      </button>
    </div>
  )
}
