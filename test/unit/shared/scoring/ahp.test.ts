import { describe, expect, it } from 'vitest'
import { ahpWeights, matrixFromUpperTriangle, RANDOM_INDEX, validateMatrix } from '../../../../shared/scoring/ahp'

const round4 = (value: number) => Math.round(value * 10_000) / 10_000

describe('AHP (methods.md §3)', () => {
  it('reproduces the consistent worked example to four decimals', () => {
    const result = ahpWeights([
      [1, 3, 2, 5],
      [1 / 3, 1, 1 / 2, 2],
      [1 / 2, 2, 1, 3],
      [1 / 5, 1 / 2, 1 / 3, 1],
    ])
    expect(result.weights.map(round4)).toEqual([0.4829, 0.157, 0.272, 0.0882])
    expect(result.weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12)
    expect(round4(result.lambdaMax)).toBe(4.0145)
    expect(round4(result.ci)).toBe(0.0048)
    expect(result.ri).toBe(0.9)
    expect(round4(result.cr!)).toBe(0.0054)
    expect(result.consistent).toBe(true)
    expect(result.problem).toBeNull()
  })

  it('reproduces the inconsistent worked example (A > B > C > A)', () => {
    const result = ahpWeights([
      [1, 3, 1 / 3],
      [1 / 3, 1, 3],
      [3, 1 / 3, 1],
    ])
    for (const weight of result.weights) expect(weight).toBeCloseTo(1 / 3, 12)
    expect(round4(result.lambdaMax)).toBe(4.3333)
    expect(round4(result.cr!)).toBe(1.1494)
    expect(result.consistent).toBe(false)
  })

  it('converges to a true eigenvector: A w = λmax w', () => {
    const matrix = matrixFromUpperTriangle([2, 4, 7, 3, 1 / 2, 5, 2, 9, 1 / 3, 4])
    const { weights, lambdaMax } = ahpWeights(matrix)
    matrix.forEach((row, i) => {
      const product = row.reduce((sum, value, j) => sum + value * weights[j]!, 0)
      expect(product / weights[i]!).toBeCloseTo(lambdaMax, 6)
    })
  })

  it('gives exact weights and CR 0 for a perfectly consistent matrix', () => {
    // weights 4 : 2 : 1 → a_ij = w_i / w_j
    const result = ahpWeights(matrixFromUpperTriangle([2, 4, 2]))
    expect(result.weights.map((weight) => weight * 7)).toEqual([expect.closeTo(4, 10), expect.closeTo(2, 10), expect.closeTo(1, 10)])
    expect(result.lambdaMax).toBeCloseTo(3, 10)
    expect(result.cr).toBeCloseTo(0, 10)
    expect(result.consistent).toBe(true)
  })

  it('always calls n ≤ 2 consistent, with CI and CR 0', () => {
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], lambdaMax: 1, ci: 0, cr: 0, ri: 0, consistent: true })
    const two = ahpWeights([
      [1, 9],
      [1 / 9, 1],
    ])
    expect(two.weights[0]).toBeCloseTo(0.9, 10)
    expect(two).toMatchObject({ ci: 0, cr: 0, consistent: true })
  })

  it('uses Saaty’s 1980 random index', () => {
    expect(RANDOM_INDEX).toEqual([0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49])
  })

  it('reports a matrix larger than 10 as unsupported for CR, but still weighs it', () => {
    const eleven = Array.from({ length: 11 }, () => new Array<number>(11).fill(1))
    const result = ahpWeights(eleven)
    expect(result.weights.every((weight) => Math.abs(weight - 1 / 11) < 1e-12)).toBe(true)
    expect(result).toMatchObject({ cr: null, ri: null, consistent: null, problem: { key: 'scoring.ahpTooLarge', params: { n: 11 } } })
    expect(ahpWeights(Array.from({ length: 10 }, () => new Array<number>(10).fill(1))).ri).toBe(1.49)
  })

  it('refuses empty, non-square and non-positive matrices', () => {
    expect(() => ahpWeights([])).toThrow(RangeError)
    expect(() => ahpWeights([[1, 2]])).toThrow(RangeError)
    expect(() => ahpWeights([[1, 0], [0, 1]])).toThrow(RangeError)
  })
})

describe('validateMatrix', () => {
  it('accepts a reciprocal matrix on the 1–9 scale', () => {
    expect(validateMatrix(matrixFromUpperTriangle([3, 1 / 5, 9, 2, 1 / 7, 4]))).toEqual([])
  })

  it('reports a matrix that is not square', () => {
    expect(validateMatrix([[1, 2], [0.5]])).toEqual([{ key: 'scoring.ahpNotSquare', params: { rows: 2, row: 2, columns: 1 } }])
  })

  it('reports non-positive values, a bad diagonal, broken reciprocity and off-scale values', () => {
    expect(validateMatrix([[1, 3], [1 / 2, 1]])).toEqual([
      { key: 'scoring.ahpNotReciprocal', params: { row: 1, column: 2, expected: '1/3', value: '1/2' } },
    ])
    expect(validateMatrix([[2, 1], [1, 1]])).toEqual([{ key: 'scoring.ahpDiagonal', params: { row: 1, column: 1, value: '2' } }])
    expect(validateMatrix([[1, -3], [1 / 3, 1]])).toEqual([{ key: 'scoring.ahpNotPositive', params: { row: 1, column: 2, value: '-3' } }])
    expect(validateMatrix([[1, 12], [1 / 12, 1]]).map((problem) => problem.key)).toEqual(['scoring.ahpOffScale', 'scoring.ahpOffScale'])
    expect(validateMatrix([[1, 2.5], [0.4, 1]])[0]).toEqual({ key: 'scoring.ahpOffScale', params: { row: 1, column: 2, value: '2.5' } })
  })

  it('tolerates reciprocals typed to many decimals (1e−9)', () => {
    expect(validateMatrix([[1, 3], [0.333333333333, 1]])).toEqual([])
    expect(validateMatrix([[1, 3], [0.3333, 1]]).map((problem) => problem.key)).toContain('scoring.ahpOffScale')
  })
})

describe('matrixFromUpperTriangle', () => {
  it('fills the diagonal with 1 and the lower triangle with reciprocals', () => {
    expect(matrixFromUpperTriangle([3, 1 / 3, 3])).toEqual([
      [1, 3, 1 / 3],
      [1 / 3, 1, 3],
      [3, 1 / 3, 1],
    ])
    expect(matrixFromUpperTriangle([])).toEqual([[1]])
    expect(matrixFromUpperTriangle([5])).toEqual([
      [1, 5],
      [1 / 5, 1],
    ])
  })

  it('reproduces the worked example from its upper triangle', () => {
    const result = ahpWeights(matrixFromUpperTriangle([3, 2, 5, 1 / 2, 2, 3]))
    expect(result.weights.map(round4)).toEqual([0.4829, 0.157, 0.272, 0.0882])
  })

  it('refuses a length that is no triangle', () => {
    expect(() => matrixFromUpperTriangle([1, 2])).toThrow(RangeError)
    expect(() => matrixFromUpperTriangle([1, 2, 3, 4])).toThrow(RangeError)
  })
})
