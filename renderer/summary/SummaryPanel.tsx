/**
 * The journey summary under the board: experience curve, peak-end figures and warnings, MOT counts,
 * SERVQUAL coverage and integrity problems. Computed from a deferred copy of the document, so
 * typing stays immediate on large journeys and the figures follow a moment later.
 */
import { memo, useDeferredValue, useMemo } from 'react'
import { motCounts, servqualCoverage } from '../../shared/journey/coverage'
import { experienceCurve, peakEnd, peakEndWarnings } from '../../shared/journey/peakEnd'
import { validateJourney } from '../../shared/journey/validate'
import type { JourneyDocument } from '../../shared/model/schema'
import { BOARD_KEYS_ATTRIBUTE } from '../editor/useEditorKeyboard'
import { useT } from '../i18n/useT'
import { CoverageTable, MotCountsTable } from './CoverageTables'
import { ExperienceCurve } from './ExperienceCurve'
import { PeakEndFigures } from './PeakEndFigures'
import { ProblemList } from './ProblemList'

export const SummaryPanel = memo(function SummaryPanel({ doc, selectedId }: { doc: JourneyDocument; selectedId: string | null }) {
  const t = useT()
  const summarized = useDeferredValue(doc)
  const curve = useMemo(() => experienceCurve(summarized), [summarized])
  const score = useMemo(() => peakEnd(curve.map((point) => point.emotion)), [curve])
  const warnings = useMemo(() => peakEndWarnings(curve), [curve])
  const mots = useMemo(() => motCounts(summarized), [summarized])
  const coverage = useMemo(() => servqualCoverage(summarized), [summarized])
  const problems = useMemo(() => validateJourney(summarized), [summarized])
  return (
    <section className="summary-panel" aria-label={t('editor.summary.label')} {...{ [BOARD_KEYS_ATTRIBUTE]: '' }}>
      <div className="summary-row">
        <div className="summary-curve">
          <h3>{t('editor.curve.heading')}</h3>
          <ExperienceCurve curve={curve} peakIndex={score?.peakIndex ?? null} selectedId={selectedId} hasTouchpoints={Object.keys(summarized.touchpoints).length > 0} />
        </div>
        <PeakEndFigures curve={curve} score={score} warnings={warnings} />
      </div>
      <div className="summary-row">
        <MotCountsTable counts={mots} />
        <CoverageTable rows={coverage} />
        <ProblemList doc={summarized} problems={problems} />
      </div>
    </section>
  )
})
