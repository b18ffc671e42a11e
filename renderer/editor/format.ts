/** Display helpers shared by cards, inspector and summary: signs, faces and words for emotions. */
import type { MessageKey } from '../../shared/i18n/translate'
import { round2 } from '../../shared/journey/summary'
import type { Translate } from '../i18n/useT'

/** "+2", "0", "-1"; with `decimals` 2: "+0.64", "0.00", "-0.50" (rounded half away from zero). */
export function signed(value: number, decimals = 0): string {
  const rounded = decimals === 2 ? round2(value) : Math.round(value)
  const text = rounded.toFixed(decimals)
  return rounded > 0 ? `+${text}` : text
}

/** A face that carries the emotion's direction in text, not colour: ☺ positive, ☹ negative, ○ neutral. */
export function emotionFace(value: number): string {
  return value > 0 ? '☺' : value < 0 ? '☹' : '○'
}

const EMOTION_WORDS: Record<string, MessageKey> = {
  '-3': 'editor.emotion.veryNegative',
  '-2': 'editor.emotion.negative',
  '-1': 'editor.emotion.slightlyNegative',
  '0': 'editor.emotion.neutral',
  '1': 'editor.emotion.slightlyPositive',
  '2': 'editor.emotion.positive',
  '3': 'editor.emotion.veryPositive',
}

/** "+2 (positive)": for aria-valuetext and tooltips. */
export function emotionText(t: Translate, value: number): string {
  const word = EMOTION_WORDS[String(value)]
  return word ? `${signed(value)} (${t(word)})` : signed(value)
}

/** The name a touchpoint is shown and announced by; never empty. */
export function touchpointName(t: Translate, title: string): string {
  return title.trim() || t('editor.touchpoint.untitled')
}

export function stageName(t: Translate, name: string): string {
  return name.trim() || t('editor.stage.untitled')
}
