/**
 * "Indicators & weights": the indicator table (name, description, dimension, scale, weight, lock,
 * effective weight, linked touchpoints), the dimension weights of a two-level scorecard, live sums
 * per level with ✓/✗ in words, the weight problems that keep the scorecard from scoring, and the
 * weight helpers (normalise to 100, equal weights, keep at 100 while editing, AHP).
 */
import { useMemo, useState } from 'react'
import { addIndicator, setWeights, updateIndicator, updateScorecard } from '../../shared/commands/scorecard'
import { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { newId } from '../../shared/model/ids'
import type { ServqualDimension } from '../../shared/model/schema'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { effectiveWeights, parseWeight, weightProblems } from '../../shared/scoring/weights'
import { notify } from '../app/appStore'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { AhpDialog } from './AhpDialog'
import { DimensionWeightsTable } from './DimensionWeightsTable'
import { weightText } from './format'
import { IndicatorTable } from './IndicatorTable'
import { WeightCheck } from './WeightCheck'
import { WeightInput } from './WeightInput'
import { equaliseAll, normaliseAll, rebalanceOne, usedDimensions, weightLevels, type SetWeightsPayload } from './weightLevels'
import { scorecardStore, useLocks, useScorecardView } from './workspaceStore'

interface Draft {
  /** Indicator id, or `dim:<dimension>`. */
  key: string
  text: string
}

export function IndicatorsTab({ session, scorecard, indicators }: { session: DocumentSession; scorecard: Scorecard; indicators: Indicator[] }) {
  const t = useT()
  const doc = session.editor.doc
  const locks = useLocks(scorecard.id)
  const keepAt100 = useScorecardView((state) => state.keepAt100)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [ahpOpen, setAhpOpen] = useState(false)
  const twoLevel = scorecard.weighting === 'twoLevel'

  // What the sums and problems show: the document, with the weight being typed applied.
  const draftValue = draft ? parseWeight(draft.text) : null
  const shownCard: Scorecard = useMemo(() => {
    if (!draft || draftValue === null || !draft.key.startsWith('dim:')) return scorecard
    return { ...scorecard, dimensionWeights: { ...scorecard.dimensionWeights, [draft.key.slice(4)]: draftValue } }
  }, [scorecard, draft, draftValue])
  const shownIndicators = useMemo(
    () => (draft && draftValue !== null ? indicators.map((indicator) => (indicator.id === draft.key ? { ...indicator, weight: draftValue } : indicator)) : indicators),
    [indicators, draft, draftValue],
  )
  const levels = useMemo(() => weightLevels(shownCard, shownIndicators), [shownCard, shownIndicators])
  const problems = useMemo(() => weightProblems(shownCard, shownIndicators), [shownCard, shownIndicators])
  const effective = useMemo(() => effectiveWeights(shownCard, shownIndicators), [shownCard, shownIndicators])
  const touchpoints = useMemo(() => touchpointsInDocumentOrder(doc), [doc])
  const used = usedDimensions(indicators)
  const ordered = twoLevel ? used.flatMap((dimension) => indicators.filter((indicator) => indicator.dimension === dimension)) : indicators
  const position = new Map(ordered.map((indicator, index) => [indicator.id, index + 1]))

  const apply = (payload: SetWeightsPayload) => session.dispatch(setWeights, payload)
  const runLevelAction = (action: ReturnType<typeof normaliseAll>) => {
    if (action.ok) apply(action.payload)
    else notify({ tone: 'error', message: action.problem })
  }

  const commitWeight = (key: string, text: string) => {
    setDraft(null)
    const value = parseWeight(text)
    if (value === null) {
      notify({ tone: 'error', message: { key: 'scorecards.weight.invalid', params: { text } } })
      return
    }
    const levelsNow = weightLevels(scorecard, indicators)
    if (key.startsWith('dim:')) {
      const dimension = key.slice(4) as ServqualDimension
      if ((scorecard.dimensionWeights[dimension] ?? -1) === value) return
      const level = levelsNow.find((candidate) => candidate.id === 'dimensions')
      if (keepAt100 && level && level.entries.length > 1) apply(rebalanceOne(level, scorecard.id, dimension, value, locks))
      else session.dispatch(updateScorecard, { id: scorecard.id, changes: { dimensionWeights: { ...scorecard.dimensionWeights, [dimension]: value } } })
      return
    }
    const indicator = indicators.find((candidate) => candidate.id === key)
    if (!indicator || indicator.weight === value) return
    const level = levelsNow.find((candidate) => candidate.entries.some((entry) => entry.id === key))
    if (keepAt100 && level && level.entries.length > 1) apply(rebalanceOne(level, scorecard.id, key, value, locks))
    else session.dispatch(updateIndicator, { id: key, changes: { weight: value } })
  }

  const weightInput = (key: string, value: number, label: string) => (
    <WeightInput
      label={label}
      text={draft?.key === key ? draft.text : weightText(value)}
      invalid={draft?.key === key && parseWeight(draft.text) === null}
      onText={(text) => setDraft({ key, text })}
      onCommit={(text) => commitWeight(key, text)}
      onCancel={() => setDraft(null)}
    />
  )

  const addOne = () => {
    const dimension = used[0] ?? 'reliability'
    const indicator: Indicator = {
      id: newId('in'),
      scorecardId: scorecard.id,
      name: '',
      description: '',
      dimension,
      weight: 0,
      scale: { kind: 'range', min: 1, max: 5 },
      touchpointIds: [],
      sortKey: 'V',
    }
    session.batch('addIndicator', () => {
      session.dispatch(addIndicator, { indicator })
      if (twoLevel && scorecard.dimensionWeights[dimension] === undefined) {
        session.dispatch(updateScorecard, { id: scorecard.id, changes: { dimensionWeights: { ...scorecard.dimensionWeights, [dimension]: 0 } } })
      }
    })
  }

  const changeDimension = (indicator: Indicator, dimension: ServqualDimension) => {
    session.batch('changeDimension', () => {
      session.dispatch(updateIndicator, { id: indicator.id, changes: { dimension } })
      // A dimension that gets its first indicator needs a weight entry (0 until the team sets one).
      if (twoLevel && scorecard.dimensionWeights[dimension] === undefined) {
        session.dispatch(updateScorecard, { id: scorecard.id, changes: { dimensionWeights: { ...scorecard.dimensionWeights, [dimension]: 0 } } })
      }
    })
  }

  return (
    <div className="scorecard-indicators">
      <div className="scorecard-actions" role="group" aria-label={t('scorecards.weights.actions')}>
        <button type="button" onClick={addOne}>
          {t('scorecards.indicator.add')}
        </button>
        <button type="button" onClick={() => runLevelAction(normaliseAll(scorecard, indicators, locks))} disabled={indicators.length === 0}>
          {t('scorecards.weights.normalise')}
        </button>
        <button type="button" onClick={() => runLevelAction(equaliseAll(scorecard, indicators, locks))} disabled={indicators.length === 0}>
          {t('scorecards.weights.equal')}
        </button>
        <button type="button" onClick={() => setAhpOpen(true)} disabled={indicators.length < 2 && used.length < 2}>
          {t('scorecards.ahp.open')}
        </button>
        <label className="inline-check">
          <input type="checkbox" checked={keepAt100} onChange={(event) => scorecardStore.set({ keepAt100: event.target.checked })} />{' '}
          {t('scorecards.weights.keepAt100')}
        </label>
      </div>
      <p className="muted scorecard-hint">{t('scorecards.weights.hint')}</p>

      <WeightCheck t={t} levels={levels} problems={problems.map((problem) => t.message(problem))} />

      {twoLevel && used.length > 0 && (
        <DimensionWeightsTable t={t} scorecard={scorecard} used={used} levels={levels} locks={locks} weightInput={weightInput} />
      )}

      {indicators.length === 0 ? (
        <p className="muted">{t('scorecards.indicator.none')}</p>
      ) : (
        <IndicatorTable
          t={t}
          session={session}
          doc={doc}
          scorecard={scorecard}
          twoLevel={twoLevel}
          ordered={ordered}
          position={position}
          locks={locks}
          effective={effective}
          touchpoints={touchpoints}
          weightInput={weightInput}
          changeDimension={changeDimension}
        />
      )}
      {ahpOpen && <AhpDialog session={session} scorecard={scorecard} indicators={ordered} onClose={() => setAhpOpen(false)} />}
    </div>
  )
}
