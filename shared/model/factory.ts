/** Factories for new records and documents, with the defaults every UI and importer shares. */
import { translate } from '../i18n/translate'
import { newId } from './ids'
import { EMPTY_RECOVERY_STEPS } from './script'
import { sequentialKeys } from './order'
import {
  LANE_KINDS,
  type JourneyDocument,
  type Lane,
  type LaneKind,
  type Locale,
  type Stage,
  type Touchpoint,
} from './schema'

/** The canonical service journey of domain.md, which a new journey starts from. */
export const CANONICAL_STAGES = [
  'consultation',
  'reception',
  'needsDiscovery',
  'proposal',
  'objections',
  'deal',
  'delivery',
  'followUp',
  'repurchase',
] as const

export function laneName(locale: Locale, kind: LaneKind): string {
  return translate(locale, `lane.${kind}`)
}

export function makeLanes(locale: Locale): Record<string, Lane> {
  const keys = sequentialKeys(LANE_KINDS.length)
  return Object.fromEntries(
    LANE_KINDS.map((kind, index) => {
      const lane: Lane = { id: newId('ln'), kind, name: laneName(locale, kind), sortKey: keys[index]! }
      return [lane.id, lane]
    }),
  )
}

export function makeStages(names: readonly string[]): Record<string, Stage> {
  const keys = sequentialKeys(names.length)
  return Object.fromEntries(
    names.map((name, index) => {
      const stage: Stage = { id: newId('st'), name, sortKey: keys[index]! }
      return [stage.id, stage]
    }),
  )
}

/** An empty journey: the four blueprint lanes and, unless `bare`, the canonical stages. */
export function createJourney(options: { locale: Locale; title?: string; bare?: boolean }): JourneyDocument {
  const { locale } = options
  const stageNames = options.bare ? [] : CANONICAL_STAGES.map((stage) => translate(locale, `stage.${stage}`))
  return {
    meta: {
      title: options.title ?? translate(locale, 'journey.untitled'),
      description: '',
      locale,
      versionLabel: '1.0',
    },
    stages: makeStages(stageNames),
    lanes: makeLanes(locale),
    touchpoints: {},
    edges: {},
    personas: {},
    scorecards: {},
    indicators: {},
    phrases: {},
    acceptedFindings: {},
  }
}

/** A touchpoint with neutral defaults; callers pass what they know. */
export function makeTouchpoint(
  fields: Pick<Touchpoint, 'stageId' | 'laneId' | 'sortKey'> & Partial<Touchpoint>,
): Touchpoint {
  return {
    id: newId('tp'),
    title: '',
    channel: '',
    role: '',
    isMot: false,
    motFamily: null,
    importance: 3,
    isPeak: false,
    isEnd: false,
    emotion: 0,
    servqual: [],
    standards: [],
    scriptLines: [],
    delight: '',
    risk: '',
    recovery: '',
    recoverySteps: { ...EMPTY_RECOVERY_STEPS },
    phrasesToAvoid: [],
    expectation: '',
    notes: '',
    x: 0,
    y: 0,
    ...fields,
  }
}
