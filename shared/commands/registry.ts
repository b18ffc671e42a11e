/** Every command by name, for menus, shortcuts, automation and replay in tests. */
import { arrangeTouchpoints, pasteTouchpoints } from './canvas'
import { connectTouchpoints, removeEdges, updateEdge } from './edge'
import { setJourneyMeta } from './journey'
import { addPersona, removePersona, updatePersona } from './persona'
import { addStage, moveStage, removeStage, renameLane, renameStage } from './stage'
import {
  addTouchpoint,
  moveTouchpoints,
  removeTouchpoints,
  reorderTouchpoint,
  updateTouchpoint,
} from './touchpoint'
import { addIndicator, addScorecard, removeIndicators, removeScorecard, setWeights, updateIndicator, updateScorecard } from './scorecard'
import { acceptFinding, addPhrase, insertPhraseIntoScript, removePhrase, unacceptFinding, updatePhrase } from './script'
import type { AnyCommand } from './types'

export const commands = {
  setJourneyMeta,
  addStage,
  renameStage,
  moveStage,
  removeStage,
  renameLane,
  addTouchpoint,
  updateTouchpoint,
  moveTouchpoints,
  reorderTouchpoint,
  removeTouchpoints,
  pasteTouchpoints,
  arrangeTouchpoints,
  connectTouchpoints,
  updateEdge,
  removeEdges,
  addPersona,
  updatePersona,
  removePersona,
  addScorecard,
  updateScorecard,
  removeScorecard,
  addIndicator,
  updateIndicator,
  setWeights,
  removeIndicators,
  addPhrase,
  updatePhrase,
  removePhrase,
  insertPhraseIntoScript,
  acceptFinding,
  unacceptFinding,
} as const satisfies Record<string, AnyCommand>

export type CommandName = keyof typeof commands
