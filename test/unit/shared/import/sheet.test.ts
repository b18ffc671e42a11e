/** The helpers the scorecard, audit and survey importers share: header matching and date cells. */
import { describe, expect, it } from 'vitest'
import { headerKey, matchSheetHeaders, parseDateCell } from '../../../../shared/import/sheet'

describe('parseDateCell', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025/3/14', '2025-03-14'],
    ['2025.3.14', '2025-03-14'],
    ['2025年3月14日', '2025-03-14'],
    ['2025 年 3 月 14 号', '2025-03-14'],
    ['2025年3月14日 10:30', '2025-03-14'],
    ['2025-03-14T09:30:00Z', '2025-03-14'],
    ['2025/3/14 9:30:05', '2025-03-14'],
    ['20250314', '2025-03-14'],
    ['２０２５－０３－１４', '2025-03-14'],
    ['45730', '2025-03-14'],
    ['45730.75', '2025-03-14'],
    ['61', '1900-03-01'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateCell(text)).toBe(iso)
  })

  it.each(['', 'March 14', '14/03/2025', '2025-02-29', '2025-13-01', '2025-00-10', '60', '1234567', '1899-12-31', '2025-3'])('refuses %j', (text) => {
    expect(parseDateCell(text)).toBeNull()
  })
})

describe('matchSheetHeaders', () => {
  const spec = {
    audit: { header: { en: 'audit', 'zh-CN': '检查编号' }, aliases: ['audit id'] },
    dimensionWeight: { header: { en: 'dimension_weight', 'zh-CN': '维度权重' } },
  }

  it('ignores case, spacing, _ - . and full-width forms; unknown headers are ignored', () => {
    expect(headerKey(' Dimension-Weight ')).toBe('dimensionweight')
    expect(matchSheetHeaders(['\uFEFFAUDIT ID', 'x', 'Dimension weight'], spec, ['audit'], 'en')).toEqual({
      ok: true,
      columns: { audit: { index: 0, header: 'AUDIT ID' }, dimensionWeight: { index: 2, header: 'Dimension weight' } },
    })
    expect(matchSheetHeaders(['检查编号', 'ＤＩＭＥＮＳＩＯＮ＿ＷＥＩＧＨＴ'], spec, ['audit'], 'en')).toMatchObject({ ok: true, columns: { dimensionWeight: { index: 1 } } })
  })

  it('reports a column given twice and required columns missing', () => {
    expect(matchSheetHeaders(['audit', '检查编号'], spec, ['audit', 'dimensionWeight'], 'en')).toEqual({
      ok: false,
      problems: [
        { key: 'import.duplicateColumn', params: { column: '检查编号', first: 'audit' } },
        { key: 'scorecardImport.missingColumn', params: { column: 'dimension_weight', alternative: '维度权重' } },
      ],
    })
  })
})
