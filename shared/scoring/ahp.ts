/**
 * AHP weights from a pairwise comparison matrix (Saaty; methods.md §3): the principal right
 * eigenvector by power iteration, λmax, the consistency index and the consistency ratio with
 * Saaty's 1980 random index (other RI tables exist and give slightly different CRs).
 */
import type { ScoringMessage } from '../i18n/messages/scoring'

export type Matrix = ReadonlyArray<ReadonlyArray<number>>

/** Saaty (1980) random consistency index by matrix size n (index = n). */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
/** The largest n the RI table covers. */
export const MAX_CONSISTENCY_SIZE = 10
/** Acceptable when CR is below this. */
export const CONSISTENCY_THRESHOLD = 0.1
/** Power iteration stops when no weight changes by this much or more. */
export const CONVERGENCE = 1e-10
const MAX_ITERATIONS = 100_000
/** Tolerance for the diagonal, reciprocity and the 1–9 scale. */
const MATRIX_TOLERANCE = 1e-9

export interface AhpResult {
  /** Principal eigenvector normalised to sum 1, in the matrix's order. */
  weights: number[]
  lambdaMax: number
  /** `(λmax − n)/(n − 1)`; 0 for n ≤ 2. */
  ci: number
  /** RI(n) of Saaty 1980; null when n > 10 (not covered). */
  ri: number | null
  /** `CI / RI(n)`; 0 for n ≤ 2 (always consistent); null when n > 10. */
  cr: number | null
  /** CR < 0.10 or n ≤ 2; null when n > 10 (cannot tell: `scoring.ahpTooLarge`). */
  consistent: boolean | null
  /** Set when the consistency ratio cannot be computed. */
  problem: ScoringMessage | null
  iterations: number
}

/**
 * Weights and consistency of a positive square matrix (check it with {@link validateMatrix} for
 * the UI). Power iteration from equal weights: `w ← A w / Σ(A w)` until the largest change
 * `< 1e−10`; `λmax = mean_i (A w)_i / w_i`; `CI = (λmax − n)/(n − 1)`; `CR = CI / RI(n)`.
 * Throws a RangeError for an empty, non-square or non-positive matrix.
 *
 * @example
 * ahpWeights([[1, 3, 2, 5], [1/3, 1, 1/2, 2], [1/2, 2, 1, 3], [1/5, 1/2, 1/3, 1]])
 * // → weights ≈ [0.4829, 0.1570, 0.2720, 0.0882], lambdaMax ≈ 4.0145, ci ≈ 0.0048, cr ≈ 0.0054, consistent: true
 */
export function ahpWeights(matrix: Matrix): AhpResult {
  const n = matrix.length
  if (n === 0) throw new RangeError('AHP needs at least one criterion')
  for (const row of matrix) {
    if (row.length !== n) throw new RangeError('AHP needs a square matrix')
    if (!row.every((value) => Number.isFinite(value) && value > 0)) throw new RangeError('AHP needs positive comparisons')
  }
  const multiply = (vector: readonly number[]) => matrix.map((row) => row.reduce((sum, value, j) => sum + value * vector[j]!, 0))
  let weights = new Array<number>(n).fill(1 / n)
  let iterations = 0
  for (;;) {
    const product = multiply(weights)
    const total = product.reduce((sum, value) => sum + value, 0)
    const next = product.map((value) => value / total)
    const change = Math.max(...next.map((value, i) => Math.abs(value - weights[i]!)))
    weights = next
    iterations++
    if (change < CONVERGENCE) break
    if (iterations >= MAX_ITERATIONS) throw new RangeError('AHP power iteration did not converge')
  }
  const product = multiply(weights)
  const lambdaMax = product.reduce((sum, value, i) => sum + value / weights[i]!, 0) / n
  const ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1)
  if (n > MAX_CONSISTENCY_SIZE) {
    const problem: ScoringMessage = { key: 'scoring.ahpTooLarge', params: { n } }
    return { weights, lambdaMax, ci, ri: null, cr: null, consistent: null, problem, iterations }
  }
  const ri = RANDOM_INDEX[n]!
  const cr = n <= 2 ? 0 : ci / ri
  return { weights, lambdaMax, ci, ri, cr, consistent: n <= 2 || cr < CONSISTENCY_THRESHOLD, problem: null, iterations }
}

/** Whether `value` is a whole number 1–9 or the reciprocal of one. */
function onSaatyScale(value: number): boolean {
  const whole = (x: number) => Math.abs(x - Math.round(x)) <= MATRIX_TOLERANCE && Math.round(x) >= 1 && Math.round(x) <= 9
  return whole(value) || whole(1 / value)
}

/** A number as shown in a message: whole numbers as is, reciprocals as `1/k`, else four decimals. */
function shown(value: number): string {
  if (Number.isInteger(value)) return String(value)
  const inverse = 1 / value
  if (Math.abs(inverse - Math.round(inverse)) <= MATRIX_TOLERANCE) return `1/${Math.round(inverse)}`
  return String(Math.round(value * 10_000) / 10_000)
}

/**
 * What is wrong with a comparison matrix, row and column numbers 1-based: not square, a value that
 * is not a positive number, a diagonal other than 1, `a_ji ≠ 1/a_ij` (relative tolerance 1e−9, each
 * pair reported once), a value off the 1–9 scale and its reciprocals.
 *
 * @example validateMatrix([[1, 3], [1 / 3, 1]]) // []
 * @example validateMatrix([[1, 3], [0.5, 1]]) // [{ key: 'scoring.ahpNotReciprocal', params: { row: 1, column: 2, expected: '1/3', value: '1/2' } }]
 */
export function validateMatrix(matrix: Matrix): ScoringMessage[] {
  const n = matrix.length
  const badRow = matrix.findIndex((row) => row.length !== n)
  if (badRow >= 0) return [{ key: 'scoring.ahpNotSquare', params: { rows: n, row: badRow + 1, columns: matrix[badRow]!.length } }]
  const problems: ScoringMessage[] = []
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = matrix[i]![j]!
      const params = { row: i + 1, column: j + 1, value: Number.isFinite(value) ? shown(value) : String(value) }
      if (!Number.isFinite(value) || value <= 0) {
        problems.push({ key: 'scoring.ahpNotPositive', params })
      } else if (i === j) {
        if (Math.abs(value - 1) > MATRIX_TOLERANCE) problems.push({ key: 'scoring.ahpDiagonal', params })
      } else if (!onSaatyScale(value)) {
        problems.push({ key: 'scoring.ahpOffScale', params })
      } else if (j > i) {
        const mirror = matrix[j]![i]!
        if (Number.isFinite(mirror) && mirror > 0 && Math.abs(mirror * value - 1) > MATRIX_TOLERANCE) {
          problems.push({ key: 'scoring.ahpNotReciprocal', params: { row: i + 1, column: j + 1, expected: shown(1 / value), value: shown(mirror) } })
        }
      }
    }
  }
  return problems
}

/**
 * The full matrix from the upper triangle the UI asks for, row by row:
 * `[a_12, a_13, …, a_1n, a_23, …, a_(n−1)n]` (n(n−1)/2 values); the diagonal is 1 and
 * `a_ji = 1/a_ij`. An empty list gives the 1×1 matrix. Throws a RangeError when the length is not
 * n(n−1)/2 for any n.
 *
 * @example matrixFromUpperTriangle([3, 1 / 3, 3]) // [[1, 3, 1/3], [1/3, 1, 3], [3, 1/3, 1]]
 */
export function matrixFromUpperTriangle(values: readonly number[]): number[][] {
  const n = Math.round((1 + Math.sqrt(1 + 8 * values.length)) / 2)
  if ((n * (n - 1)) / 2 !== values.length) throw new RangeError(`${values.length} values are not the upper triangle of a square matrix`)
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1))
  let at = 0
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = values[at++]!
      matrix[i]![j] = value
      matrix[j]![i] = 1 / value
    }
  }
  return matrix
}
