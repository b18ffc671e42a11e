/**
 * The journey summary under the canvas and its aligned curve: peak-end figures, the warnings panel
 * (which also carries the peak-end warnings and integrity problems the list view shows separately),
 * the SERVQUAL coverage matrix (clicking a cell filters the canvas by that stage and dimension) and
 * the moments of truth by family. The curve itself is drawn under the canvas (AlignedCurve).
 * Computed once the document has settled (as the warnings are), so typing stays immediate.
 */
import { memo, useCallback, useMemo } from 'react'
import { motCounts, servqualCoverage } from '../../shared/journey/coverage'
import { experienceCurve, peakEnd } from '../../shared/journey/peakEnd'
import type { JourneyDocument, ServqualDimension } from '../../shared/model/schema'
import { canvasStore, clearFilter, setFilter, useCanvasFilter } from '../canvas/canvasStore'
import { useCanvasNavigation } from '../canvas/useCanvasNavigation'
import { WarningsPanel } from '../canvas/WarningsPanel'
import { useT } from '../i18n/useT'
import { SETTLE_MS, useSettledValue } from '../state/useSettledValue'
import { CoverageTable, MotCountsTable } from './CoverageTables'
import { PeakEndFigures } from './PeakEndFigures'

export const CanvasSummary = memo(function CanvasSummary({ doc }: { doc: JourneyDocument }) {
  const t = useT()
  const navigation = useCanvasNavigation()
  const filter = useCanvasFilter()
  const summarized = useSettledValue(doc, SETTLE_MS)
  const curve = useMemo(() => experienceCurve(summarized), [summarized])
  const score = useMemo(() => peakEnd(curve.map((point) => point.emotion)), [curve])
  const mots = useMemo(() => motCounts(summarized), [summarized])
  const coverage = useMemo(() => servqualCoverage(summarized), [summarized])
  const activeCell = useMemo(() => ({ stageId: filter.stageId, dimension: filter.dimension }), [filter.stageId, filter.dimension])

  const onSelectCell = useCallback(
    (stageId: string, dimension: ServqualDimension) => {
      const current = canvasStore.get().filter
      clearFilter()
      // Clicking the cell the canvas is already filtered by takes the filter off again.
      if (current.stageId === stageId && current.dimension === dimension) return
      setFilter({ stageId, dimension })
      navigation.showStage(stageId)
      navigation.scrollIntoView()
    },
    [navigation],
  )

  return (
    <section className="summary-panel canvas-summary" aria-label={t('editor.summary.label')}>
      <div className="summary-row">
        <PeakEndFigures curve={curve} score={score} />
        <WarningsPanel doc={doc} />
      </div>
      <div className="summary-row">
        <CoverageTable rows={coverage} onSelectCell={onSelectCell} activeCell={activeCell} />
        <MotCountsTable counts={mots} />
      </div>
    </section>
  )
})
