/** The SERVQUAL dimensions a touchpoint serves: five toggles with the standard names and the trainers' words. */
import type { TouchpointChanges } from '../../shared/commands/touchpoint'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import { CheckboxField } from './fields'

interface ServqualFieldsProps {
  servqual: readonly ServqualDimension[]
  update: (changes: TouchpointChanges) => void
}

export function ServqualFields({ servqual, update }: ServqualFieldsProps) {
  const t = useT()
  const toggle = (dimension: ServqualDimension, on: boolean) =>
    update({ servqual: SERVQUAL_DIMENSIONS.filter((each) => (each === dimension ? on : servqual.includes(each))) })
  return (
    <fieldset className="servqual-fields">
      <legend className="field-label">{t('editor.tp.servqual')}</legend>
      {SERVQUAL_DIMENSIONS.map((dimension) => (
        <CheckboxField
          key={dimension}
          className={`servqual-${dimension}`}
          label={t(`servqual.${dimension}`)}
          hint={t(`editor.servqual.hint.${dimension}`)}
          checked={servqual.includes(dimension)}
          onChange={(on) => toggle(dimension, on)}
        />
      ))}
    </fieldset>
  )
}
