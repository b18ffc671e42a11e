/**
 * The journey's phrase library (话术库), in the journey properties: phrases grouped by category
 * (greetings, farewells, apologies, follow-up lines, other, and phrases to avoid), each with how
 * many script lines use it. Changing a phrase here changes every line that uses it (one undo step).
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { addPhrase, phraseUseCounts, removePhrase, updatePhrase } from '../../shared/commands/script'
import { newId } from '../../shared/model/ids'
import { bySortKey } from '../../shared/model/order'
import { PHRASE_CATEGORIES, type Phrase, type PhraseCategory } from '../../shared/model/script'
import type { JourneyDocument } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import { InspectorSection, SelectField, TextField } from '../inspector/fields'
import type { DocumentSession } from '../state/documentSession'

interface PhraseLibraryProps {
  session: DocumentSession
  doc: JourneyDocument
}

export function PhraseLibrary({ session, doc }: PhraseLibraryProps) {
  const t = useT()
  const rootRef = useRef<HTMLDivElement>(null)
  const [focusPhrase, setFocusPhrase] = useState<string | null>(null)
  const ordered = useMemo(() => bySortKey(Object.values(doc.phrases)), [doc.phrases])
  const uses = useMemo(() => phraseUseCounts(doc), [doc])
  const lang = doc.meta.locale
  const categoryOptions = PHRASE_CATEGORIES.map((category) => ({ value: category, label: t(`scripts.category.${category}`) }))

  useEffect(() => {
    if (!focusPhrase) return
    rootRef.current?.querySelector<HTMLTextAreaElement>(`[data-phrase-id="${CSS.escape(focusPhrase)}"] textarea`)?.focus()
    setFocusPhrase(null)
  }, [focusPhrase])

  /** Adding and removing are their own undo steps, apart from typing. */
  const discrete = (run: () => void) => {
    session.editor.breakMerge()
    run()
    session.editor.breakMerge()
  }
  const add = (category: PhraseCategory) => {
    const id = newId('ph')
    discrete(() => {
      if (session.dispatch(addPhrase, { id, category, text: '' })) setFocusPhrase(id)
    })
  }
  const usesText = (phrase: Phrase) => {
    if (phrase.category === 'avoid') return t('scripts.phrase.avoidHint')
    const count = uses.get(phrase.id) ?? 0
    return count === 0 ? t('scripts.phrase.unused') : count === 1 ? t('scripts.phrase.usesOne') : t('scripts.phrase.uses', { count })
  }

  return (
    <InspectorSection title={t('scripts.library.heading')} className="phrase-library">
      <div ref={rootRef}>
        <p className="field-hint">{t('scripts.library.hint')}</p>
        {PHRASE_CATEGORIES.map((category) => {
          const phrases = ordered.filter((phrase) => phrase.category === category)
          const heading = t(`scripts.category.${category}`)
          return (
            <div key={category} className={`phrase-category phrase-category-${category}`} role="group" aria-label={heading}>
              <h4>{heading}</h4>
              {phrases.length === 0 ? (
                <p className="muted phrase-empty">{t('scripts.library.empty')}</p>
              ) : (
                <ol className="phrase-list">
                  {phrases.map((phrase, index) => {
                    const name = t(`scripts.phrase.${category}`, { number: index + 1 })
                    return (
                      <li key={phrase.id} className="phrase-row" data-phrase-id={phrase.id}>
                        <TextField
                          label={name}
                          hideLabel
                          multiline
                          rows={2}
                          value={phrase.text}
                          maxLength={2000}
                          lang={lang}
                          onChange={(text) => session.dispatch(updatePhrase, { id: phrase.id, changes: { text } })}
                        />
                        <div className="phrase-meta">
                          <span className="phrase-uses">{usesText(phrase)}</span>
                          <SelectField
                            className="phrase-category-select"
                            label={t('scripts.phrase.category', { item: name })}
                            hideLabel
                            value={phrase.category}
                            options={categoryOptions}
                            onChange={(next) => discrete(() => session.dispatch(updatePhrase, { id: phrase.id, changes: { category: next as PhraseCategory } }))}
                          />
                          <button
                            type="button"
                            className="icon-button danger"
                            aria-label={t('editor.list.remove', { item: name })}
                            title={t('editor.list.remove', { item: name })}
                            onClick={() => discrete(() => session.dispatch(removePhrase, { id: phrase.id }))}
                          >
                            ×
                          </button>
                        </div>
                      </li>
                    )
                  })}
                </ol>
              )}
              <button type="button" className="small" onClick={() => add(category)}>
                <span aria-hidden="true">+ </span>
                {t(`scripts.add.${category}`)}
              </button>
            </div>
          )
        })}
      </div>
    </InspectorSection>
  )
}
