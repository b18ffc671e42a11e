/** The lines of one touchpoint, each with speaker, text, tone, library link and alternatives. */
import type { ScriptLine } from '../../shared/model/script'
import type { Locale } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import { TextField } from '../inspector/fields'
import { MiniTextField } from './MiniTextField'

export function ScriptLineList(props: { title: string; lang: Locale; lines: ScriptLine[]; changeLine: (index: number, changes: Partial<ScriptLine>) => void }) {
  const { title, lang, lines, changeLine } = props
  const t = useT()
  return (
    <ol className="script-lines">
      {lines.map((line, index) => {
        const number = index + 1
        const linked = line.phraseId !== null
        return (
          <li key={index} data-row={index} className={`script-line speaker-${line.speaker} ${linked ? 'is-linked' : ''}`}>
            <span className="script-speaker-label">{t(`scripts.speaker.${line.speaker}`)}</span>
            <div className="script-line-body">
              <TextField
                className="row-text"
                label={t('scripts.view.lineText', { title, number })}
                hideLabel
                multiline
                rows={1}
                value={line.text}
                maxLength={2000}
                lang={lang}
                onChange={(text) => changeLine(index, { text, phraseId: null })}
              />
              {linked && (
                <span className="library-badge" title={t('scripts.line.linkedHint')}>
                  {t('scripts.line.linked')}
                </span>
              )}
              <MiniTextField
                wrapperClassName="script-tone"
                shortLabel={t('scripts.line.toneShort')}
                label={t('scripts.view.lineTone', { title, number })}
                value={line.tone}
                maxLength={300}
                lang={lang}
                placeholder={t('scripts.line.tonePlaceholder')}
                onChange={(tone) => changeLine(index, { tone })}
              />
              {line.alternatives.length > 0 && (
                <ul className="script-alternative-list">
                  {line.alternatives.map((alternative, position) => (
                    <li key={position}>
                      <span className="customer-type">
                        {alternative.customerType.trim() ? t('scripts.view.alternativeFor', { type: alternative.customerType.trim() }) : t('scripts.view.alternativeAny')}
                      </span>
                      <span className="visually-hidden">: </span>
                      <span lang={lang}>{alternative.text}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
