/**
 * "Indicators & weights": the indicator table (name, description, dimension, scale, weight, lock,
 * effective weight, linked touchpoints), the dimension weights of a two-level scorecard, live sums
 * per level with ✓/✗ in words, the weight problems that keep the scorecard from scoring, and the
 * weight helpers (normalise to 100, equal weights, keep at 100 while editing, AHP).
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { addIndicator, removeIndicators, setWeights, updateIndicator, updateScorecard } from '../../shared/commands/scorecard'
import { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { newId } from '../../shared/model/ids'
import { SERVQUAL_DIMENSIONS, type JourneyDocument, type ServqualDimension } from '../../shared/model/schema'
import type { Indicator, Scale, Scorecard } from '../../shared/model/scorecard'
import { effectiveWeights, expectedLevelTotal, levelSumIsValid, parseWeight, weightProblems } from '../../shared/scoring/weights'
import { notify } from '../app/appStore'
import { TextField } from '../inspector/fields'
import { useT, type Translate } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { AhpDialog } from './AhpDialog'
import { fixed, indicatorLabel, percent, weightText } from './format'
import { equaliseAll, normaliseAll, rebalanceOne, usedDimensions, weightLevels, type SetWeightsPayload, type WeightLevel } from './weightLevels'
import { dimensionLockKey, scorecardStore, setLocked, useLocks, useScorecardView } from './workspaceStore'

interface Draft {
  /** Indicator id, or `dim:<dimension>`. */
  key: string
  text: string
}

const PRESETS: Record<string, Scale> = {
  yesNo: { kind: 'yesNo' },
  '1-5': { kind: 'range', min: 1, max: 5 },
  '0-10': { kind: 'range', min: 0, max: 10 },
  '0-100': { kind: 'range', min: 0, max: 100 },
}

function presetOf(scale: Scale): string | null {
  if (scale.kind === 'yesNo') return 'yesNo'
  const key = `${scale.min}-${scale.max}`
  return key in PRESETS ? key : null
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
      )}

      {indicators.length === 0 ? (
        <p className="muted">{t('scorecards.indicator.none')}</p>
      ) : (
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
      )}
      {ahpOpen && <AhpDialog session={session} scorecard={scorecard} indicators={ordered} onClose={() => setAhpOpen(false)} />}
    </div>
  )
}

/** A weight typed as 30, 30 % or 0.3; committed on Enter or when the field is left, Escape reverts. */
function WeightInput(props: { label: string; text: string; invalid: boolean; onText: (text: string) => void; onCommit: (text: string) => void; onCancel: () => void }) {
  const { label, text, invalid, onText, onCommit, onCancel } = props
  const dirty = useRef(false)
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && dirty.current) {
      event.preventDefault()
      dirty.current = false
      onCommit(event.currentTarget.value)
    } else if (event.key === 'Escape' && dirty.current) {
      event.preventDefault()
      event.stopPropagation()
      dirty.current = false
      onCancel()
    }
  }
  return (
    <input
      type="text"
      inputMode="decimal"
      className="weight-input"
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={text}
      onChange={(event) => {
        dirty.current = true
        onText(event.target.value)
      }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!dirty.current) return
        dirty.current = false
        onCommit(event.currentTarget.value)
      }}
    />
  )
}

/** The sum of one level, with ✓/✗ and what it must add up to, in words. */
function SumText({ t, level }: { t: Translate; level: WeightLevel }) {
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

function WeightCheck({ t, levels, problems }: { t: Translate; levels: WeightLevel[]; problems: string[] }) {
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

function ScaleCell({ t, name, scale, onChange }: { t: Translate; name: string; scale: Scale; onChange: (scale: Scale) => void }) {
  const preset = presetOf(scale)
  const [custom, setCustom] = useState(preset === null)
  const [bounds, setBounds] = useState<{ min: string; max: string } | null>(null)
  const range = scale.kind === 'range' ? scale : { min: 0, max: 10 }
  const shown = bounds ?? { min: String(range.min), max: String(range.max) }
  const min = Number(shown.min)
  const max = Number(shown.max)
  const valid = shown.min.trim() !== '' && shown.max.trim() !== '' && Number.isFinite(min) && Number.isFinite(max) && max > min
  const commit = () => {
    if (!bounds) return
    setBounds(null)
    if (valid && (scale.kind !== 'range' || scale.min !== min || scale.max !== max)) onChange({ kind: 'range', min, max })
  }
  return (
    <div className="scale-cell">
      <select
        aria-label={t('scorecards.indicator.scaleLabel', { name })}
        value={custom ? 'custom' : (preset ?? 'custom')}
        onChange={(event) => {
          const value = event.target.value
          if (value === 'custom') {
            setCustom(true)
            if (scale.kind === 'yesNo') onChange({ kind: 'range', min: 0, max: 10 })
            return
          }
          setCustom(false)
          onChange({ ...PRESETS[value]! })
        }}
      >
        <option value="yesNo">{t('scorecards.scale.yesNo')}</option>
        <option value="1-5">1–5</option>
        <option value="0-10">0–10</option>
        <option value="0-100">0–100</option>
        <option value="custom">{t('scorecards.scale.custom')}</option>
      </select>
      {custom && (
        <span className="scale-bounds">
          <input
            type="number"
            aria-label={t('scorecards.indicator.scaleMin', { name })}
            aria-invalid={!valid || undefined}
            value={shown.min}
            onChange={(event) => setBounds({ ...shown, min: event.target.value })}
            onBlur={commit}
          />
          –
          <input
            type="number"
            aria-label={t('scorecards.indicator.scaleMax', { name })}
            aria-invalid={!valid || undefined}
            value={shown.max}
            onChange={(event) => setBounds({ ...shown, max: event.target.value })}
            onBlur={commit}
          />
        </span>
      )}
    </div>
  )
}

function TouchpointSelect(props: {
  label: string
  doc: JourneyDocument
  options: ReturnType<typeof touchpointsInDocumentOrder>
  value: readonly string[]
  onChange: (ids: string[]) => void
  untitled: string
}) {
  const { label, doc, options, value, onChange, untitled } = props
  const stageName = (stageId: string) => doc.stages[stageId]?.name.trim() ?? ''
  return (
    <select
      multiple
      className="touchpoint-select"
      aria-label={label}
      size={Math.min(4, Math.max(2, options.length))}
      value={[...value]}
      onChange={(event) => onChange([...event.target.selectedOptions].map((option) => option.value))}
    >
      {options.map((touchpoint) => (
        <option key={touchpoint.id} value={touchpoint.id} title={stageName(touchpoint.stageId)}>
          {touchpoint.title.trim() || untitled}
        </option>
      ))}
    </select>
  )
}
