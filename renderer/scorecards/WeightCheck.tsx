/** The live sums per weight level (✓/✗ in words) and whether the scorecard can score. */
import { expectedLevelTotal, levelSumIsValid } from '../../shared/scoring/weights'
import type { Translate } from '../i18n/useT'
import { fixed } from './format'
import type { WeightLevel } from './weightLevels'

/** The sum of one level, with ✓/✗ and what it must add up to, in words. */
export function SumText({ t, level }: { t: Translate; level: WeightLevel }) {
  const sum = level.entries.reduce((total, entry) => total + entry.weight, 0)
  const ok = levelSumIsValid(sum)
  const expected = expectedLevelTotal(level.entries.map((entry) => entry.weight))
  const shown = expected === 1 ? fixed(sum, 4) : fixed(sum)
  return (
    <span className={ok ? 'sum-ok' : 'sum-bad'}>
      {ok ? t('scorecards.sum.ok', { sum: shown }) : t('scorecards.sum.bad', { sum: shown, expected })}
    </span>
  )
}

export function WeightCheck({ t, levels, problems }: { t: Translate; levels: WeightLevel[]; problems: string[] }) {
  const levelName = (level: WeightLevel) =>
    level.id === 'flat'
      ? t('scorecards.sum.flat')
      : level.id === 'dimensions'
        ? t('scorecards.sum.dimensions')
        : t('scorecards.sum.within', { dimension: t(`servqual.${level.dimension!}`) })
  return (
    <section className="weight-check" aria-label={t('scorecards.weights.check')}>
      <ul className="weight-sums" aria-label={t('scorecards.weights.sums')}>
        {levels.map((level) => (
          <li key={level.id}>
            {levelName(level)}: <SumText t={t} level={level} />
          </li>
        ))}
      </ul>
      <div role="status" className={problems.length === 0 ? 'usable-ok' : 'usable-bad'}>
        {problems.length === 0 ? (
          <p>{t('scorecards.usable.yes')}</p>
        ) : (
          <>
            <p>{t('scorecards.usable.no')}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}
