/** Moments of truth per family, and SERVQUAL coverage: stages × the five dimensions, gaps flagged. */
import { memo, useId } from 'react'
import type { MotCounts, StageCoverage } from '../../shared/journey/coverage'
import { MOT_FAMILIES, SERVQUAL_DIMENSIONS, type ServqualDimension } from '../../shared/model/schema'
import { stageName } from '../editor/format'
import { useT } from '../i18n/useT'

export const MotCountsTable = memo(function MotCountsTable({ counts }: { counts: MotCounts }) {
  const t = useT()
  const families = [...MOT_FAMILIES, 'unspecified'] as const
  return (
    <div className="mot-counts">
      <h3>{t('editor.mots.heading')}</h3>
      <table className="summary-table">
        <tbody>
          {families.map((family) => (
            <tr key={family}>
              <th scope="row">{t(`mot.family.${family}`)}</th>
              <td className="number">{counts[family]}</td>
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">{t('editor.mots.total')}</th>
            <td className="number">{counts.total}</td>
          </tr>
        </tbody>
      </table>
    </div>
  )
})

interface CoverageTableProps {
  rows: readonly StageCoverage[]
  /** Makes every cell a button (the canvas view: clicking a cell filters the canvas by it). */
  onSelectCell?: (stageId: string, dimension: ServqualDimension) => void
  /** The cell the canvas is filtered by, shown pressed. */
  activeCell?: { stageId: string | null; dimension: ServqualDimension | null }
}

export const CoverageTable = memo(function CoverageTable({ rows, onSelectCell, activeCell }: CoverageTableProps) {
  const t = useT()
  const headingId = useId()
  return (
    <div className={onSelectCell ? 'coverage coverage-interactive' : 'coverage'}>
      <h3 id={headingId}>{t('editor.coverage.heading')}</h3>
      <p className="field-hint">{t('editor.coverage.explain')}</p>
      {onSelectCell && <p className="field-hint">{t('canvas.coverage.clickHint')}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('editor.coverage.noStages')}</p>
      ) : (
        <div className="table-scroll">
          <table className="summary-table coverage-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('editor.coverage.stage')}</th>
                {SERVQUAL_DIMENSIONS.map((dimension) => (
                  <th key={dimension} scope="col">
                    {t(`servqual.${dimension}`)}
                  </th>
                ))}
                <th scope="col">{t('editor.coverage.gaps')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.stageId}>
                  <th scope="row">{stageName(t, row.stageName)}</th>
                  {SERVQUAL_DIMENSIONS.map((dimension) => {
                    const cell = row.cells[dimension]
                    if (onSelectCell) {
                      const params = { stage: stageName(t, row.stageName), dimension: t(`servqual.${dimension}`), touchpoints: cell.touchpoints, mots: cell.mots }
                      const empty = cell.touchpoints === 0
                      const pressed = activeCell?.stageId === row.stageId && activeCell.dimension === dimension
                      return (
                        <td key={dimension} className={empty ? 'coverage-gap coverage-cell' : 'number coverage-cell'}>
                          <button
                            type="button"
                            className={pressed ? 'coverage-button is-active' : 'coverage-button'}
                            aria-label={t(empty ? 'canvas.coverage.cellEmpty' : 'canvas.coverage.cell', params)}
                            aria-pressed={pressed}
                            onClick={() => onSelectCell(row.stageId, dimension)}
                          >
                            {empty ? (
                              <>
                                <span className="coverage-dash">—</span>
                                <span className="coverage-marker">{t('canvas.coverage.notCovered')}</span>
                              </>
                            ) : (
                              `${cell.touchpoints} (${cell.mots})`
                            )}
                          </button>
                        </td>
                      )
                    }
                    if (cell.touchpoints === 0) {
                      return (
                        <td key={dimension} className="coverage-gap" title={t('editor.coverage.uncovered')}>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">{t('editor.coverage.uncovered')}</span>
                        </td>
                      )
                    }
                    const full = t('editor.coverage.cell', { touchpoints: cell.touchpoints, mots: cell.mots })
                    return (
                      <td key={dimension} className="number" title={full}>
                        <span aria-hidden="true">
                          {cell.touchpoints} ({cell.mots})
                        </span>
                        <span className="visually-hidden">{full}</span>
                      </td>
                    )
                  })}
                  <td className={row.uncovered.length > 0 ? 'number has-gaps' : 'number'}>{row.uncovered.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
})
