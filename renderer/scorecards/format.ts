/**
 * Display helpers for scores and weights: numbers are computed in full precision and rounded only
 * here (methods.md: two decimals), half away from zero, without "-0".
 */
import type { Scale } from '../../shared/model/scorecard'
import { fixed } from '../../shared/scoring/round'
import type { Translate } from '../i18n/useT'

export { fixed }

/** A weight as entered, without trailing zeros: 33.34, 25, 0.3. */
export function weightText(weight: number): string {
  return String(Math.round(weight * 10_000) / 10_000)
}

/** A share of 1 as a percentage with two decimals: 0.125 → "12.50 %". */
export function percent(share: number): string {
  return `${fixed(share * 100)} %`
}

export function scaleText(t: Translate, scale: Scale): string {
  return scale.kind === 'yesNo' ? t('scorecards.scale.yesNo') : `${scale.min}–${scale.max}`
}

/** A name never empty: the indicator's name, else "row n". */
export function indicatorLabel(t: Translate, name: string, position: number): string {
  return name.trim() || t('scorecards.indicator.unnamed', { number: position })
}
