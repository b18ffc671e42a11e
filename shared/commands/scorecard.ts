/** Scorecard commands: weighted satisfaction scorecards and their indicators (methods.md §2). */
import { z } from 'zod'
import { keyAfterLast } from '../model/order'
import { IndicatorSchema, ScorecardSchema } from '../model/scorecard'
import { IdSchema } from '../model/primitives'
import { CommandError, defineCommand, requireRecord } from './types'

const ScorecardChangesSchema = ScorecardSchema.omit({ id: true, sortKey: true }).partial()
const IndicatorChangesSchema = IndicatorSchema.omit({ id: true, sortKey: true, scorecardId: true }).partial()

/**
 * Adds a scorecard with its indicators (a new one is usually proposed from the journey).
 * @example dispatch(addScorecard, { scorecard: { id, name: '导购考核表', post: '导购', weighting: 'twoLevel', dimensionWeights: {}, description: '', sortKey: 'V' }, indicators: [] })
 */
export const addScorecard = defineCommand({
  name: 'addScorecard',
  payload: z.object({ scorecard: ScorecardSchema, indicators: z.array(IndicatorSchema).max(500) }),
  apply(draft, { scorecard, indicators }) {
    if (draft.scorecards[scorecard.id]) throw new CommandError({ key: 'command.duplicateId', params: { id: scorecard.id } })
    draft.scorecards[scorecard.id] = { ...scorecard, sortKey: keyAfterLast(Object.values(draft.scorecards)) }
    for (const indicator of indicators) {
      if (indicator.scorecardId !== scorecard.id || draft.indicators[indicator.id]) {
        throw new CommandError({ key: 'command.duplicateId', params: { id: indicator.id } })
      }
      draft.indicators[indicator.id] = { ...indicator, touchpointIds: indicator.touchpointIds.filter((id) => draft.touchpoints[id]) }
    }
  },
})

/** @example dispatch(updateScorecard, { id, changes: { weighting: 'flat' } }) */
export const updateScorecard = defineCommand({
  name: 'updateScorecard',
  payload: z.object({ id: IdSchema, changes: ScorecardChangesSchema }),
  apply(draft, { id, changes }) {
    Object.assign(requireRecord(draft.scorecards[id], 'scorecard', id), changes)
  },
  mergeKey: ({ id, changes }) => `scorecard:${id}:${Object.keys(changes).sort().join(',')}`,
})

/** Removes a scorecard with its indicators (its audits go with it when the file is written). */
export const removeScorecard = defineCommand({
  name: 'removeScorecard',
  payload: z.object({ id: IdSchema }),
  apply(draft, { id }) {
    requireRecord(draft.scorecards[id], 'scorecard', id)
    for (const indicator of Object.values(draft.indicators)) if (indicator.scorecardId === id) delete draft.indicators[indicator.id]
    delete draft.scorecards[id]
  },
})

/** @example dispatch(addIndicator, { indicator }) */
export const addIndicator = defineCommand({
  name: 'addIndicator',
  payload: z.object({ indicator: IndicatorSchema }),
  apply(draft, { indicator }) {
    requireRecord(draft.scorecards[indicator.scorecardId], 'scorecard', indicator.scorecardId)
    if (draft.indicators[indicator.id]) throw new CommandError({ key: 'command.duplicateId', params: { id: indicator.id } })
    const siblings = Object.values(draft.indicators).filter((other) => other.scorecardId === indicator.scorecardId)
    draft.indicators[indicator.id] = {
      ...indicator,
      sortKey: keyAfterLast(siblings),
      touchpointIds: indicator.touchpointIds.filter((id) => draft.touchpoints[id]),
    }
  },
})

/** @example dispatch(updateIndicator, { id, changes: { weight: 40, scale: { kind: 'range', min: 1, max: 5 } } }) */
export const updateIndicator = defineCommand({
  name: 'updateIndicator',
  payload: z.object({ id: IdSchema, changes: IndicatorChangesSchema }),
  apply(draft, { id, changes }) {
    const indicator = requireRecord(draft.indicators[id], 'indicator', id)
    Object.assign(indicator, changes)
    if (changes.touchpointIds) indicator.touchpointIds = [...new Set(changes.touchpointIds)].filter((touchpointId) => draft.touchpoints[touchpointId])
  },
  mergeKey: ({ id, changes }) => `indicator:${id}:${Object.keys(changes).sort().join(',')}`,
})

/** Sets many weights at once: "normalise to 100", a rebalance around a locked weight, or AHP results. */
export const setWeights = defineCommand({
  name: 'setWeights',
  payload: z.object({
    scorecardId: IdSchema,
    indicators: z.array(z.object({ id: IdSchema, weight: IndicatorSchema.shape.weight })).max(500),
    dimensions: ScorecardSchema.shape.dimensionWeights.optional(),
  }),
  apply(draft, { scorecardId, indicators, dimensions }) {
    const scorecard = requireRecord(draft.scorecards[scorecardId], 'scorecard', scorecardId)
    for (const { id, weight } of indicators) {
      const indicator = requireRecord(draft.indicators[id], 'indicator', id)
      if (indicator.scorecardId !== scorecardId) throw new CommandError({ key: 'command.recordMissing', params: { what: 'indicator', id } })
      indicator.weight = weight
    }
    if (dimensions) scorecard.dimensionWeights = { ...dimensions }
  },
})

/** @example dispatch(removeIndicators, { ids: [id] }) */
export const removeIndicators = defineCommand({
  name: 'removeIndicators',
  payload: z.object({ ids: z.array(IdSchema).min(1) }),
  apply(draft, { ids }) {
    for (const id of ids) {
      requireRecord(draft.indicators[id], 'indicator', id)
      delete draft.indicators[id]
    }
  },
})
