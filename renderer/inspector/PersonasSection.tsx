/** Who the journey is drawn for: named personas with a customer tier and a note. */
import { addPersona, removePersona, updatePersona } from '../../shared/commands/persona'
import { translate } from '../../shared/i18n/translate'
import { newId } from '../../shared/model/ids'
import { bySortKey } from '../../shared/model/order'
import { PERSONA_TIERS, type JourneyDocument, type PersonaTier } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { InspectorSection, SelectField, TextField } from './fields'

interface PersonasSectionProps {
  session: DocumentSession
  personas: JourneyDocument['personas']
  locale: JourneyDocument['meta']['locale']
}

export function PersonasSection({ session, personas, locale }: PersonasSectionProps) {
  const t = useT()
  const ordered = bySortKey(Object.values(personas))
  const tierOptions = PERSONA_TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))
  const add = () => session.dispatch(addPersona, { id: newId('pe'), name: translate(locale, 'editor.personas.newName'), tier: 'unspecified' })
  return (
    <InspectorSection title={t('editor.personas.heading')}>
      <p className="field-hint">{t('editor.personas.hint')}</p>
      {ordered.length === 0 && <p className="muted">{t('editor.personas.empty')}</p>}
      <ol className="persona-list">
        {ordered.map((persona, index) => {
          const number = index + 1
          const change = (changes: { name?: string; tier?: PersonaTier; note?: string }) =>
            session.dispatch(updatePersona, { id: persona.id, changes })
          return (
            <li key={persona.id} className="persona">
              <div className="field-pair">
                <TextField label={t('editor.personas.name', { number })} value={persona.name} maxLength={200} lang={locale} onChange={(name) => change({ name })} />
                <SelectField label={t('editor.personas.tier', { number })} value={persona.tier} options={tierOptions} onChange={(tier) => change({ tier: tier as PersonaTier })} />
              </div>
              <TextField label={t('editor.personas.note', { number })} multiline rows={2} value={persona.note} maxLength={5000} lang={locale} onChange={(note) => change({ note })} />
              <button type="button" className="danger" onClick={() => session.dispatch(removePersona, { id: persona.id })}>
                {t('editor.personas.remove', { name: persona.name || number })}
              </button>
            </li>
          )
        })}
      </ol>
      <button type="button" onClick={add}>
        <span aria-hidden="true">+ </span>
        {t('editor.personas.add')}
      </button>
    </InspectorSection>
  )
}
