/** The dimension weights of a two-level scorecard, with each dimension's lock and within-sum. */
import type { ReactNode } from 'react'
import type { ServqualDimension } from '../../shared/model/schema'
import type { Scorecard } from '../../shared/model/scorecard'
import type { Translate } from '../i18n/useT'
import { SumText } from './WeightCheck'
import type { WeightLevel } from './weightLevels'
import { dimensionLockKey, setLocked } from './workspaceStore'

export function DimensionWeightsTable(props: {
  t: Translate
  scorecard: Scorecard
  used: ServqualDimension[]
  levels: WeightLevel[]
  locks: ReadonlySet<string>
  /** Renders the shared weight field, so drafts and commits stay with the tab. */
  weightInput: (key: string, value: number, label: string) => ReactNode
}) {
  const { t, scorecard, used, levels, locks, weightInput } = props
  return (
    <table className="scorecard-table dimension-table">
      <caption>{t('scorecards.dimensionWeights.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scorecards.column.dimension')}</th>
          <th scope="col">{t('scorecards.column.dimensionWeight')}</th>
          <th scope="col">{t('scorecards.column.lock')}</th>
          <th scope="col">{t('scorecards.column.indicatorCount')}</th>
          <th scope="col">{t('scorecards.column.withinSum')}</th>
        </tr>
      </thead>
      <tbody>
        {used.map((dimension) => {
          const name = t(`servqual.${dimension}`)
          const within = levels.find((level) => level.id === `within:${dimension}`)
          return (
            <tr key={dimension}>
              <th scope="row">{name}</th>
              <td>{weightInput(dimensionLockKey(dimension), scorecard.dimensionWeights[dimension] ?? 0, t('scorecards.dimensionWeights.input', { dimension: name }))}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('scorecards.dimensionWeights.lock', { dimension: name })}
                  checked={locks.has(dimensionLockKey(dimension))}
                  onChange={(event) => setLocked(scorecard.id, dimensionLockKey(dimension), event.target.checked)}
                />
              </td>
              <td>{within?.entries.length ?? 0}</td>
              <td>{within && <SumText t={t} level={within} />}</td>
            </tr>
          )
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('scorecards.sum.total')}</th>
          <td colSpan={4}>{levels[0] && <SumText t={t} level={levels[0]} />}</td>
        </tr>
      </tfoot>
    </table>
  )
}
