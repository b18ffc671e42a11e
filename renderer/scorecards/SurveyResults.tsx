/** The survey results of the journey: NPS with shares, margin and n; SERVQUAL gaps weighted per respondent. */
import type { ScoreReport } from '../../shared/ipc/scorecardContract'
import { SERVQUAL_DIMENSIONS } from '../../shared/model/schema'
import { roundNps } from '../../shared/scoring/nps'
import type { Translate } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { BarChart } from './charts'
import { fixed } from './format'
import { importData } from './scorecardActions'

export function SurveyResults({ t, session, report }: { t: Translate; session: DocumentSession; report: ScoreReport | null }) {
  const nps = report?.nps ?? null
  const servqual = report?.servqual ?? null
  return (
    <section className="results-section" aria-label={t('scorecards.survey.title')}>
      <h3>{t('scorecards.survey.title')}</h3>
      <div className="scorecard-actions">
        <button type="button" onClick={() => void importData(session, 'surveys')}>
          {t('scorecards.import.surveys')}
        </button>
      </div>
      {!nps && !servqual && <p className="muted">{t('scorecards.survey.none')}</p>}
      {nps && <NpsBlock t={t} nps={nps} />}
      {servqual && <ServqualBlock t={t} servqual={servqual} />}
    </section>
  )
}

function NpsBlock({ t, nps }: { t: Translate; nps: NonNullable<ScoreReport['nps']> }) {
  // Shares from the counts, never rounded before use.
  const share = (count: number) => (nps.n > 0 ? (100 * count) / nps.n : 0)
  const groups = [
    { key: 'promoters', count: nps.promoters },
    { key: 'passives', count: nps.passives },
    { key: 'detractors', count: nps.detractors },
  ] as const
  return (
    <div className="nps-block" role="group" aria-label={t('scorecards.nps.title')}>
      <h4>{t('scorecards.nps.title')}</h4>
      <dl className="nps-figures">
        <div>
          <dt>{t('scorecards.nps.score')}</dt>
          <dd aria-label={t('scorecards.nps.scoreLabel')}>{roundNps(nps.nps)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.nps.margin')}</dt>
          <dd aria-label={t('scorecards.nps.marginLabel')}>± {fixed(nps.margin)}</dd>
        </div>
        <div>
          <dt>n</dt>
          <dd aria-label={t('scorecards.nps.nLabel')}>{nps.n}</dd>
        </div>
      </dl>
      {nps.indicative && <p className="usable-bad">{t('scoring.npsIndicative', { n: nps.n })}</p>}
      <div className="nps-bar" role="img" aria-label={t('scorecards.nps.barLabel', { promoters: fixed(share(nps.promoters), 1), passives: fixed(share(nps.passives), 1), detractors: fixed(share(nps.detractors), 1) })}>
        {groups.map((group) =>
          group.count > 0 ? (
            <span key={group.key} className={`nps-segment nps-${group.key}`} style={{ flexGrow: group.count }}>
              {fixed(share(group.count), 1)} %
            </span>
          ) : null,
        )}
      </div>
      <table className="scorecard-table means-table">
        <caption>{t('scorecards.nps.shares')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecards.nps.group')}</th>
            <th scope="col">{t('scorecards.nps.count')}</th>
            <th scope="col">{t('scorecards.nps.share')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{t(`scorecards.nps.${group.key}`)}</th>
              <td className="number">{group.count}</td>
              <td className="number">{fixed(share(group.count), 1)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ServqualBlock({ t, servqual }: { t: Translate; servqual: NonNullable<ScoreReport['servqual']> }) {
  const rows = SERVQUAL_DIMENSIONS.flatMap((dimension) => {
    const gap = servqual.dimensions[dimension]
    return gap === undefined ? [] : [{ dimension, gap, perception: servqual.servperf.dimensions[dimension] }]
  })
  const extent = Math.max(1, ...rows.map((row) => Math.ceil(Math.abs(row.gap))))
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? '—' : fixed(value))
  return (
    <div className="servqual-block" role="group" aria-label={t('scorecards.servqual.title')}>
      <h4>{t('scorecards.servqual.title')}</h4>
      <p className="muted">
        {t('scorecards.servqual.respondents', { n: servqual.respondents })} {t('scoring.servqualPerRespondent')}
      </p>
      <dl className="nps-figures">
        <div>
          <dt>{t('scorecards.servqual.unweighted')}</dt>
          <dd aria-label={t('scorecards.servqual.unweighted')}>{shown(servqual.unweighted)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.servqual.weighted')}</dt>
          <dd aria-label={t('scorecards.servqual.weighted')}>{shown(servqual.weighted)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.servqual.servperf')}</dt>
          <dd aria-label={t('scorecards.servqual.servperf')}>{shown(servqual.servperf.overall)}</dd>
        </div>
      </dl>
      {rows.length > 0 && (
        <>
          <BarChart
            bars={rows.map((row) => ({ key: row.dimension, label: t(`servqual.${row.dimension}`), value: row.gap }))}
            min={-extent}
            max={extent}
            label={t('scorecards.servqual.chartLabel', { bars: rows.map((row) => `${t(`servqual.${row.dimension}`)}: ${fixed(row.gap)}`).join('; ') })}
          />
          <table className="scorecard-table means-table">
            <caption>{t('scorecards.servqual.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecards.column.dimension')}</th>
                <th scope="col">{t('scorecards.servqual.gap')}</th>
                <th scope="col">{t('scorecards.servqual.perception')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.dimension}>
                  <th scope="row">{t(`servqual.${row.dimension}`)}</th>
                  <td className="number">{fixed(row.gap)}</td>
                  <td className="number">{shown(row.perception)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}
