/** Re-importing a scorecard sheet: same-named scorecards are replaced in place, keeping the ids audits refer to. */
import { describe, expect, it } from 'vitest'
import { mergeImportedScorecards } from '../../../../shared/import/scorecardMerge'
import { importScorecardTable } from '../../../../shared/import/scorecardTable'
import type { JourneyDocument } from '../../../../shared/model/schema'
import { retailJourney } from '../../../helpers/retailJourney'
import { workedScorecardSheet } from '../../../integration/scorecards/sheets'

function read(sheet: ReturnType<typeof workedScorecardSheet>) {
  const result = importScorecardTable(sheet, retailJourney(), 'en', { skipBadRows: false })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result
}

function journeyWith(imported: ReturnType<typeof read>): Pick<JourneyDocument, 'scorecards' | 'indicators'> {
  return {
    scorecards: Object.fromEntries(imported.scorecards.map((card) => [card.id, { ...card, description: 'Kept' }])),
    indicators: Object.fromEntries(imported.indicators.map((indicator) => [indicator.id, indicator])),
  }
}

describe('mergeImportedScorecards', () => {
  it('replaces a same-named scorecard in place: ids kept by name, new indicators added, missing ones removed', () => {
    const first = read(workedScorecardSheet())
    const doc = journeyWith(first)
    const sheet = workedScorecardSheet()
    sheet.rows[1]![4] = 'Shelves' // "Display" renamed: removed, "Shelves" added
    sheet.rows[0]![0] = ' STORE VISIT '
    const again = read(sheet)
    const merge = mergeImportedScorecards(doc, again)
    if (!merge.ok) expect.fail(JSON.stringify(merge.problems))
    expect(merge).toMatchObject({ added: 0, replaced: 1 })
    const card = first.scorecards[0]!
    expect(merge.changes.upserts.scorecards).toEqual([{ ...again.scorecards[0], id: card.id, sortKey: card.sortKey, description: 'Kept' }])
    const idOf = (name: string) => first.indicators.find((indicator) => indicator.name === name)!.id
    const upserted = merge.changes.upserts.indicators
    expect(upserted.map((indicator) => indicator.scorecardId)).toEqual(Array(10).fill(card.id))
    expect(upserted.find((indicator) => indicator.name === 'Appearance')!.id).toBe(idOf('Appearance'))
    expect(upserted.find((indicator) => indicator.name === 'Shelves')!.id).toBe(again.indicators.find((indicator) => indicator.name === 'Shelves')!.id)
    expect(merge.changes.deletes.indicators).toEqual([idOf('Display')])
  })

  it('adds scorecards with new names after the existing ones', () => {
    const doc = journeyWith(read(workedScorecardSheet()))
    const other = read(workedScorecardSheet('en', 'Cashier check'))
    const merge = mergeImportedScorecards(doc, other)
    if (!merge.ok) expect.fail(JSON.stringify(merge.problems))
    expect(merge).toMatchObject({ added: 1, replaced: 0 })
    expect(merge.changes.upserts.scorecards[0]!.id).toBe(other.scorecards[0]!.id)
    expect(merge.changes.upserts.scorecards[0]!.sortKey > Object.values(doc.scorecards)[0]!.sortKey).toBe(true)
    expect(merge.changes.upserts.indicators).toEqual(other.indicators)
    expect(merge.changes.deletes.indicators).toEqual([])
  })

  it('refuses a name several existing scorecards share', () => {
    const first = read(workedScorecardSheet())
    const doc = journeyWith(first)
    doc.scorecards.twin = { ...first.scorecards[0]!, id: 'twin' }
    expect(mergeImportedScorecards(doc, read(workedScorecardSheet()))).toEqual({
      ok: false,
      problems: [{ key: 'scorecardImport.ambiguousExisting', params: { scorecard: 'Store visit' } }],
    })
  })
})
