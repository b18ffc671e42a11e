/** The indicator table: name, description, dimension, scale, weight, lock, effective weight, touchpoints. */
import type { ReactNode } from 'react'
import { removeIndicators, updateIndicator } from '../../shared/commands/scorecard'
import type { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { SERVQUAL_DIMENSIONS, type JourneyDocument, type ServqualDimension } from '../../shared/model/schema'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { TextField } from '../inspector/fields'
import type { Translate } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { indicatorLabel, percent } from './format'
import { ScaleCell } from './ScaleCell'
import { TouchpointSelect } from './TouchpointSelect'
import { setLocked } from './workspaceStore'

export function IndicatorTable(props: {
  t: Translate
  session: DocumentSession
  doc: JourneyDocument
  scorecard: Scorecard
  twoLevel: boolean
  /** Indicators in display order (grouped by dimension on a two-level scorecard). */
  ordered: Indicator[]
  position: Map<string, number>
  locks: ReadonlySet<string>
  effective: Map<string, number>
  touchpoints: ReturnType<typeof touchpointsInDocumentOrder>
  /** Renders the shared weight field, so drafts and commits stay with the tab. */
  weightInput: (key: string, value: number, label: string) => ReactNode
  changeDimension: (indicator: Indicator, dimension: ServqualDimension) => void
}) {
  const { t, session, doc, scorecard, twoLevel, ordered, position, locks, effective, touchpoints, weightInput, changeDimension } = props
  return (
    <div className="scorecard-table-wrap">
      <table className="scorecard-table indicator-table">
        <caption>{t('scorecards.indicator.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('scorecards.column.name')}</th>
            <th scope="col">{t('scorecards.column.description')}</th>
            <th scope="col">{t('scorecards.column.dimension')}</th>
            <th scope="col">{t('scorecards.column.scale')}</th>
            <th scope="col">{t(twoLevel ? 'scorecards.column.weightWithin' : 'scorecards.column.weight')}</th>
            <th scope="col">{t('scorecards.column.lock')}</th>
            <th scope="col">{t('scorecards.column.effective')}</th>
            <th scope="col">{t('scorecards.column.touchpoints')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('scorecards.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((indicator) => {
            const number = position.get(indicator.id)!
            const name = indicatorLabel(t, indicator.name, number)
            return (
              <tr key={indicator.id} className={twoLevel && ordered[number - 2]?.dimension !== indicator.dimension ? 'group-start' : undefined}>
                <td>{number}</td>
                <td>
                  <TextField
                    label={t('scorecards.indicator.nameLabel', { number })}
                    hideLabel
                    value={indicator.name}
                    maxLength={300}
                    onChange={(value) => session.dispatch(updateIndicator, { id: indicator.id, changes: { name: value } })}
                  />
                </td>
                <td>
                  <TextField
                    label={t('scorecards.indicator.descriptionLabel', { name })}
                    hideLabel
                    multiline
                    rows={2}
                    value={indicator.description}
                    maxLength={5000}
                    onChange={(value) => session.dispatch(updateIndicator, { id: indicator.id, changes: { description: value } })}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('scorecards.indicator.dimensionLabel', { name })}
                    value={indicator.dimension}
                    onChange={(event) => changeDimension(indicator, event.target.value as ServqualDimension)}
                  >
                    {SERVQUAL_DIMENSIONS.map((dimension) => (
                      <option key={dimension} value={dimension}>
                        {t(`servqual.${dimension}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <ScaleCell t={t} name={name} scale={indicator.scale} onChange={(scale) => session.dispatch(updateIndicator, { id: indicator.id, changes: { scale } })} />
                </td>
                <td>{weightInput(indicator.id, indicator.weight, t('scorecards.indicator.weightLabel', { name }))}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('scorecards.indicator.lockLabel', { name })}
                    checked={locks.has(indicator.id)}
                    onChange={(event) => setLocked(scorecard.id, indicator.id, event.target.checked)}
                  />
                </td>
                <td className="number">{percent(effective.get(indicator.id) ?? 0)}</td>
                <td>
                  <TouchpointSelect
                    label={t('scorecards.indicator.touchpointsLabel', { name })}
                    doc={doc}
                    options={touchpoints}
                    value={indicator.touchpointIds}
                    onChange={(touchpointIds) => session.dispatch(updateIndicator, { id: indicator.id, changes: { touchpointIds } })}
                    untitled={t('editor.touchpoint.untitled')}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('scorecards.indicator.removeLabel', { name })}
                    onClick={() => session.dispatch(removeIndicators, { ids: [indicator.id] })}
                  >
                    {t('scorecards.indicator.remove')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
