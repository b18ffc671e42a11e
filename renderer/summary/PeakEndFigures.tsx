/** Mean, peak, end and remembered emotion side by side, then the peak-end design warnings. */
import { memo, useId } from 'react'
import type { CurvePoint, PeakEndScore, PeakEndWarning } from '../../shared/journey/peakEnd'
import { signed, touchpointName } from '../editor/format'
import { selectAndFocusCard } from '../editor/selection'
import { useT } from '../i18n/useT'

interface PeakEndFiguresProps {
  curve: readonly CurvePoint[]
  score: PeakEndScore | null
  /** The peak-end warnings; left out where a fuller warnings panel shows them (the canvas view). */
  warnings?: readonly PeakEndWarning[]
}

export const PeakEndFigures = memo(function PeakEndFigures({ curve, score, warnings }: PeakEndFiguresProps) {
  const t = useT()
  const peakPoint = score ? curve[score.peakIndex] : undefined
  const endPoint = curve.at(-1)
  return (
    <div className="peak-end">
      <h3>{t('editor.figures.heading')}</h3>
      <dl className="figures">
        <Figure term={t('editor.figures.mean')} value={score ? signed(score.mean, 2) : '—'} />
        <Figure term={t('editor.figures.peak')} value={score ? signed(score.peak) : '—'} note={peakPoint && t('editor.figures.at', { title: touchpointName(t, peakPoint.title) })} />
        <Figure term={t('editor.figures.end')} value={score ? signed(score.end) : '—'} note={endPoint && t('editor.figures.at', { title: touchpointName(t, endPoint.title) })} />
        <Figure term={t('editor.figures.remembered')} value={score ? signed(score.remembered, 2) : '—'} emphasis />
      </dl>
      <p className="field-hint">{t('editor.figures.explain')}</p>
      {warnings && <PeakEndWarnings curve={curve} warnings={warnings} />}
    </div>
  )
})

function PeakEndWarnings({ curve, warnings }: { curve: readonly CurvePoint[]; warnings: readonly PeakEndWarning[] }) {
  const t = useT()
  const titleOf = (id: string | undefined) => touchpointName(t, curve.find((point) => point.touchpointId === id)?.title ?? '')
  return (
    <>
      <h3>{t('editor.warnings.heading')}</h3>
      {warnings.length === 0 ? (
        <p className="muted">{t('editor.warnings.none')}</p>
      ) : (
        <ul className="warning-list">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${warning.touchpointId ?? index}`} className="warning">
              <span aria-hidden="true">⚠ </span>
              {t(`peakEnd.${warning.code}`)}
              {warning.touchpointId && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => selectAndFocusCard(warning.touchpointId!)}>
                    {t('editor.warnings.show', { title: titleOf(warning.touchpointId) })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function Figure({ term, value, note, emphasis }: { term: string; value: string; note?: string | undefined; emphasis?: boolean }) {
  const termId = useId()
  return (
    <div className={emphasis ? 'figure figure-emphasis' : 'figure'}>
      <dt id={termId}>{term}</dt>
      <dd aria-labelledby={termId}>
        <span className="figure-value">{value}</span>
        {note && <span className="figure-note">{note}</span>}
      </dd>
    </div>
  )
}
