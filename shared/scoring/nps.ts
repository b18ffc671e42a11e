/**
 * Net Promoter Score (Reichheld 2003; methods.md §5) from 0–10 "how likely are you to recommend"
 * answers: promoters 9–10, passives 7–8, detractors 0–6. Always computed from counts, never from
 * rounded shares (45.4 % − 24.6 % = 20.8 → "21", not 45 − 25 = 20).
 */

export interface NpsCounts {
  promoters: number
  passives: number
  detractors: number
}

export interface NpsResult extends NpsCounts {
  n: number
  /** `100 × (promoters − detractors) / n`, −100 … +100, full precision. */
  nps: number
  /** 95 % margin of error in NPS points: `1.96 × √(var / n) × 100`, `var = p + q − (p − q)²`. */
  margin: number
  /** Each group's share in percent (0–100), full precision. */
  shares: { promoters: number; passives: number; detractors: number }
  /** Fewer than 30 answers: the UI says the figure is indicative (`scoring.npsIndicative`). */
  indicative: boolean
}

/** Below this many answers an NPS is only indicative. */
export const NPS_INDICATIVE_BELOW = 30
const Z_95 = 1.96

/**
 * The group of one 0–10 answer. Throws a RangeError for anything but a whole number 0–10.
 *
 * @example npsGroup(8) // 'passive'
 */
export function npsGroup(answer: number): 'promoter' | 'passive' | 'detractor' {
  if (!Number.isInteger(answer) || answer < 0 || answer > 10) throw new RangeError(`${answer} is not a 0–10 answer`)
  return answer >= 9 ? 'promoter' : answer >= 7 ? 'passive' : 'detractor'
}

/**
 * NPS from group counts; null when there are no answers. With `p = promoters/n`, `q = detractors/n`:
 * `NPS = 100 × (promoters − detractors)/n`, `var = p + q − (p − q)²`,
 * `margin = 1.96 × √(var/n) × 100`. Throws a RangeError for a negative or fractional count.
 *
 * @example npsFromCounts({ promoters: 90, passives: 60, detractors: 50 }) // nps 20, margin ≈ 11.26, n 200
 * @example npsFromCounts({ promoters: 10, passives: 5, detractors: 5 }) // nps 25, margin ≈ 36.34, indicative
 */
export function npsFromCounts(counts: NpsCounts): NpsResult | null {
  const { promoters, passives, detractors } = counts
  for (const count of [promoters, passives, detractors]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`${count} is not a count`)
  }
  const n = promoters + passives + detractors
  if (n === 0) return null
  const p = promoters / n
  const q = detractors / n
  const variance = p + q - (p - q) ** 2
  return {
    promoters,
    passives,
    detractors,
    n,
    nps: (100 * (promoters - detractors)) / n,
    margin: Z_95 * Math.sqrt(variance / n) * 100,
    shares: { promoters: (100 * promoters) / n, passives: (100 * passives) / n, detractors: (100 * detractors) / n },
    indicative: n < NPS_INDICATIVE_BELOW,
  }
}

/**
 * NPS from raw 0–10 answers; `null` answers (not answered) are skipped. Null when nobody answered.
 *
 * @example npsFromAnswers([10, 9, 8, 3, null]) // nps 25 (2 promoters, 1 detractor of 4)
 */
export function npsFromAnswers(answers: ReadonlyArray<number | null>): NpsResult | null {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 }
  for (const answer of answers) {
    if (answer === null) continue
    const group = npsGroup(answer)
    if (group === 'promoter') counts.promoters++
    else if (group === 'passive') counts.passives++
    else counts.detractors++
  }
  return npsFromCounts(counts)
}

/**
 * An NPS as the whole number shown on screen, rounding half away from zero (−20.5 → −21).
 *
 * @example roundNps(20.8) // 21
 */
export function roundNps(nps: number): number {
  const rounded = Math.sign(nps) * Math.round(Math.abs(nps))
  return rounded === 0 ? 0 : rounded
}
