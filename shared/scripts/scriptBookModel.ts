/**
 * The script book's model: what buildScriptBook (scriptBook.ts) produces and every script export
 * renders. Plain data, no functions.
 */
import type { ClearStep, ScriptAlternative, ServiceStandard, Speaker } from '../model/script'
import type { LaneKind, Locale, MotFamily, ServqualDimension } from '../model/schema'

export interface ScriptBookOptions {
  locale: Locale
  /** Only this post's touchpoints (matched as described above); blank or absent: the whole book. */
  role?: string
  /** The date printed on every page, `YYYY-MM-DD`; today (local time) when absent. */
  date?: string
}

export interface BookLine {
  speaker: Speaker
  text: string
  tone: string
  /** Set when the text comes from the phrase library. */
  phraseId: string | null
  alternatives: ScriptAlternative[]
  /** A customer line kept in one post's book as the cue its staff line answers. */
  cue: boolean
}

export interface BookRecoveryStep {
  step: ClearStep
  text: string
}

export type Placement = 'main' | 'branch' | 'offPath'

export interface BookTouchpoint {
  id: string
  /** 1-based position in the book (after the role filter): the number printed before the title. */
  number: number
  title: string
  stageId: string
  stageName: string
  channel: string
  role: string
  lane: string
  laneKind: LaneKind | null
  placement: Placement
  /** 1-based step on the main path; null off it. */
  mainStep: number | null
  /** For branches: the main-path touchpoint the branch leaves, and the label of the edge taken (first touchpoint of the branch only). */
  branchFrom: { id: string; title: string; label: string } | null
  isMot: boolean
  motFamily: MotFamily | null
  importance: number
  isPeak: boolean
  isEnd: boolean
  emotion: number
  servqual: ServqualDimension[]
  standards: ServiceStandard[]
  lines: BookLine[]
  phrasesToAvoid: string[]
  delight: string
  risk: string
  recovery: string
  /** The CLEAR steps that have text, in CLEAR order. */
  recoverySteps: BookRecoveryStep[]
  expectation: string
  notes: string
}

export interface BookSection {
  /** Null for touchpoints whose stage is missing from the file (listed last). */
  stageId: string | null
  name: string
  /** 1-based stage position in the book. */
  number: number
  touchpoints: BookTouchpoint[]
}

export interface ScriptBookCounts {
  stages: number
  touchpoints: number
  mots: number
  lines: number
  standards: number
}

export interface ScriptBook {
  locale: Locale
  /** The journey's title. */
  title: string
  description: string
  /** The journey's version label as written (may be blank). */
  versionLabel: string
  /** "客户体验流程脚本 1.0". */
  bookTitle: string
  date: string
  /** The post this book was extracted for (as the user typed it, trimmed); null: the whole journey. */
  role: string | null
  sections: BookSection[]
  /** The library's phrases to avoid (category 'avoid'), for the whole journey. */
  libraryAvoid: string[]
  counts: ScriptBookCounts
}

export interface PocketCard extends BookTouchpoint {
  /** 1-based among the cards. */
  cardNumber: number
}

export interface PocketCards {
  locale: Locale
  title: string
  versionLabel: string
  bookTitle: string
  date: string
  role: string | null
  cards: PocketCard[]
  libraryAvoid: string[]
}
