/**
 * The AHP helper (methods.md §3): pairwise comparisons on Saaty's 1–9 scale for the dimensions of a
 * two-level scorecard, or for the indicators of one dimension (or of a flat scorecard). The upper
 * triangle is chosen with selects, the lower triangle shows the reciprocals; the weights (principal
 * eigenvector), λmax, CI and CR update live, and CR ≥ 0.10 is called inconsistent in words.
 * "Apply" writes the weights, rounded to two decimals adding up to 100, as one undo step.
 */
import { useMemo, useState } from 'react'
import { setWeights } from '../../shared/commands/scorecard'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { ahpWeights, CONSISTENCY_THRESHOLD, matrixFromUpperTriangle } from '../../shared/scoring/ahp'
import { notify } from '../app/appStore'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { fixed, indicatorLabel, percent, weightText } from './format'
import { Modal } from './Modal'
import { levelFromShares, weightLevels, type LevelId } from './weightLevels'

/** Saaty's scale as offered: 9 … 2, 1, 1/2 … 1/9. */
const SCALE: ReadonlyArray<{ value: number; text: string }> = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => ({ value: k, text: String(k) })),
  { value: 1, text: '1' },
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ value: 1 / k, text: `1/${k}` })),
]

const textOf = (value: number) => SCALE.find((option) => Math.abs(option.value - value) < 1e-9)?.text ?? fixed(value, 2)

export function AhpDialog({ session, scorecard, indicators, onClose }: { session: DocumentSession; scorecard: Scorecard; indicators: Indicator[]; onClose: () => void }) {
  const t = useT()
  const levels = useMemo(() => weightLevels(scorecard, indicators).filter((level) => level.entries.length >= 2), [scorecard, indicators])
  const [levelId, setLevelId] = useState<LevelId | undefined>(levels[0]?.id)
  const level = levels.find((candidate) => candidate.id === levelId) ?? levels[0]
  const n = level?.entries.length ?? 0
  const [values, setValues] = useState<number[]>(() => new Array<number>((n * (n - 1)) / 2).fill(1))
  const position = new Map(indicators.map((indicator, index) => [indicator.id, index + 1]))
  const names =
    level?.entries.map((entry) => {
      if (level.id === 'dimensions') return t(`servqual.${entry.id as 'tangibles'}`)
      const indicator = indicators.find((candidate) => candidate.id === entry.id)
      return indicatorLabel(t, indicator?.name ?? '', position.get(entry.id) ?? 0)
    }) ?? []
  const result = useMemo(() => (values.length === (n * (n - 1)) / 2 && n > 0 ? ahpWeights(matrixFromUpperTriangle(values)) : null), [values, n])

  const levelName = (id: LevelId) =>
    id === 'dimensions' ? t('scorecards.ahp.levelDimensions') : id === 'flat' ? t('scorecards.ahp.levelFlat') : t('scorecards.ahp.levelWithin', { dimension: t(`servqual.${id.slice(7) as 'tangibles'}`) })

  const chooseLevel = (id: LevelId) => {
    const next = levels.find((candidate) => candidate.id === id)
    const size = next?.entries.length ?? 0
    setLevelId(id)
    setValues(new Array<number>((size * (size - 1)) / 2).fill(1))
  }

  const pairIndex = (i: number, j: number) => i * n - (i * (i + 1)) / 2 + (j - i - 1)

  const applyWeights = () => {
    if (!level || !result) return
    const payload = levelFromShares(level, scorecard.id, result.weights)
    if (payload && session.dispatch(setWeights, payload)) {
      notify({ tone: 'success', message: { key: 'scorecards.ahp.applied', params: { level: levelName(level.id) } } })
      onClose()
    }
  }

  const verdict = !result
    ? ''
    : result.problem
      ? t.message(result.problem)
      : n <= 2
        ? t('scorecards.ahp.alwaysConsistent')
        : result.consistent
          ? t('scorecards.ahp.consistent', { cr: fixed(result.cr ?? 0, 4) })
          : t('scorecards.ahp.inconsistent', { cr: fixed(result.cr ?? 0, 4), threshold: fixed(CONSISTENCY_THRESHOLD, 2) })

  return (
    <Modal title={t('scorecards.ahp.title')} onClose={onClose} wide>
      {levels.length === 0 || !level ? (
        <p>{t('scorecards.ahp.nothing')}</p>
      ) : (
        <>
          <label className="field">
            <span>{t('scorecards.ahp.level')}</span>
            <select aria-label={t('scorecards.ahp.level')} value={level.id} onChange={(event) => chooseLevel(event.target.value as LevelId)}>
              {levels.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {levelName(candidate.id)}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{t('scorecards.ahp.scaleHelp')}</p>
          <div className="scorecard-table-wrap">
            <table className="scorecard-table ahp-matrix">
              <caption>{t('scorecards.ahp.matrix')}</caption>
              <thead>
                <tr>
                  <td />
                  {names.map((name, j) => (
                    <th key={j} scope="col">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {names.map((rowName, i) => (
                  <tr key={i}>
                    <th scope="row">{rowName}</th>
                    {names.map((columnName, j) => (
                      <td key={j} className="number">
                        {i === j ? (
                          '1'
                        ) : j > i ? (
                          <select
                            aria-label={t('scorecards.ahp.compare', { row: rowName, column: columnName })}
                            value={textOf(values[pairIndex(i, j)] ?? 1)}
                            onChange={(event) => {
                              const option = SCALE.find((candidate) => candidate.text === event.target.value)
                              if (!option) return
                              setValues((current) => current.map((value, index) => (index === pairIndex(i, j) ? option.value : value)))
                            }}
                          >
                            {SCALE.map((option) => (
                              <option key={option.text} value={option.text}>
                                {option.text}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <span aria-label={t('scorecards.ahp.reciprocal', { row: rowName, column: columnName, value: textOf(1 / (values[pairIndex(j, i)] ?? 1)) })}>
                            {textOf(1 / (values[pairIndex(j, i)] ?? 1))}
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result && (
            <section aria-label={t('scorecards.ahp.result')} className="ahp-result">
              <table className="scorecard-table">
                <caption>{t('scorecards.ahp.weights')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('scorecards.ahp.criterion')}</th>
                    <th scope="col">{t('scorecards.ahp.ahpWeight')}</th>
                    <th scope="col">{t('scorecards.ahp.currentWeight')}</th>
                  </tr>
                </thead>
                <tbody>
                  {names.map((name, index) => (
                    <tr key={index}>
                      <th scope="row">{name}</th>
                      <td className="number">{percent(result.weights[index] ?? 0)}</td>
                      <td className="number">{weightText(level.entries[index]?.weight ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <dl className="ahp-figures">
                <dt>λmax</dt>
                <dd aria-label={t('scorecards.ahp.lambdaLabel')}>{fixed(result.lambdaMax, 4)}</dd>
                <dt>CI</dt>
                <dd aria-label={t('scorecards.ahp.ciLabel')}>{fixed(result.ci, 4)}</dd>
                <dt>CR</dt>
                <dd aria-label={t('scorecards.ahp.crLabel')}>{result.cr === null ? '—' : fixed(result.cr, 4)}</dd>
              </dl>
              <p role="status" className={result.consistent === false ? 'sum-bad' : 'sum-ok'}>
                {verdict}
              </p>
              <p className="muted">{t('scoring.ahpRandomIndex')}</p>
            </section>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={applyWeights} disabled={!result || result.consistent !== true}>
          {t('scorecards.ahp.apply')}
        </button>
        <button type="button" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </Modal>
  )
}
