/** A table of means per group (store, month, dimension, touchpoint…): label, value and n. */
import type { Translate } from '../i18n/useT'
import { fixed } from './format'

export interface Row {
  key: string
  label: string
  mean: number
  n: number
}

export function MeansTable(props: { caption: string; groupHeader: string; valueHeader?: string; countHeader?: string; rows: Row[]; t: Translate }) {
  const { caption, groupHeader, valueHeader, countHeader, rows, t } = props
  return (
    <table className="scorecard-table means-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          <th scope="col">{valueHeader ?? t('scorecards.column.index')}</th>
          <th scope="col">{countHeader ?? 'n'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="number">{fixed(row.mean)}</td>
            <td className="number">{row.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
