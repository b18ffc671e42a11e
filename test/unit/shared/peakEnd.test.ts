import { describe, expect, it } from 'vitest'
import { experienceCurve, peakEnd, peakEndWarnings } from '../../../shared/journey/peakEnd'
import { journeyWithPath } from '../../helpers/builders'

describe('peak-end (methods.md §1)', () => {
  it('reproduces the worked example: the price shock is what customers remember', () => {
    const emotions = [0, 1, 1, 1, -3, -1, 2, 1, 0, 3, 2]
    const score = peakEnd(emotions)!
    expect(score.mean).toBeCloseTo(7 / 11, 12)
    expect(score.peak).toBe(-3)
    expect(score.end).toBe(2)
    expect(score.remembered).toBe(-0.5)
  })

  it('takes the most intense value, positive when it is stronger', () => {
    expect(peakEnd([1, 3, -2, 0])).toMatchObject({ peak: 3, end: 0, remembered: 1.5, peakIndex: 1 })
  })

  it('has no score for an empty path, and one value is its own peak and end', () => {
    expect(peakEnd([])).toBeNull()
    expect(peakEnd([-1])).toMatchObject({ mean: -1, peak: -1, end: -1, remembered: -1 })
  })

  it('follows the main path of a document for the curve', () => {
    const doc = journeyWithPath([
      { title: 'Greet', emotion: 1 },
      { title: 'Quote', emotion: -3 },
      { title: 'Hand-over', emotion: 3, isPeak: true },
      { title: 'Follow-up call', emotion: 2, isEnd: true },
    ])
    const curve = experienceCurve(doc)
    expect(curve.map((point) => point.title)).toEqual(['Greet', 'Quote', 'Hand-over', 'Follow-up call'])
    expect(peakEnd(curve.map((point) => point.emotion))!.remembered).toBe(-0.5)
  })

  it('warns about a negative peak, a weak designed peak, a negative end and a low point before the end', () => {
    const doc = journeyWithPath([
      { title: 'A', emotion: 1, isPeak: true },
      { title: 'B', emotion: -3 },
      { title: 'C', emotion: -1, isEnd: true },
    ])
    const codes = peakEndWarnings(experienceCurve(doc)).map((warning) => warning.code)
    expect(codes).toEqual(['peak-negative', 'designed-peak-weaker-than-worst', 'end-negative', 'lowest-before-end'])
  })

  it('warns when no peak is designed and stays quiet on a good design', () => {
    const noPeak = journeyWithPath([{ title: 'A', emotion: 1 }, { title: 'B', emotion: 2 }])
    expect(peakEndWarnings(experienceCurve(noPeak)).map((warning) => warning.code)).toEqual(['no-designed-peak'])
    const good = journeyWithPath([{ title: 'A', emotion: -1 }, { title: 'B', emotion: 3, isPeak: true }, { title: 'C', emotion: 2 }])
    expect(peakEndWarnings(experienceCurve(good))).toEqual([])
  })
})
