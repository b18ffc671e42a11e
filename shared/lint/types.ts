/** The shapes of the journey lint: severities, findings, rules, options and the shared context. */
import type { MessageKey, MessageParams } from '../i18n/translate'
import type { lintMessages } from '../i18n/messages/lint'
import type { CurvePoint, PeakEndWarning } from '../journey/peakEnd'
import type { JourneyDocument, ServqualDimension, Touchpoint } from '../model/schema'
import type { Phrase } from './text'

export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A key of the lint message area (`shared/i18n/messages/lint.ts`). */
export type LintMessageKey = keyof (typeof lintMessages)['en'] & string

/** A message not yet rendered: a lint key, or (for `integrity`) the validator's own key. */
export interface FindingMessage {
  key: LintMessageKey | MessageKey
  params: MessageParams
}

export interface Finding {
  ruleId: string
  severity: Severity
  message: FindingMessage
  touchpointId?: string
  stageId?: string
  dimension?: ServqualDimension
  /** For script findings: the 0-based index of the script line concerned. */
  lineIndex?: number
  /**
   * Stable identity of the finding across runs and edits of unrelated records, for "accepted"
   * marks: `${ruleId}:${touchpointId ?? stageId ?? dimension ?? ''}`, plus a suffix where one
   * record can carry several findings of a rule (integrity: the problem code; forbidden-phrase: the phrase).
   */
  key: string
}

export interface AcceptedFinding extends Finding {
  reason: string
}

export type RuleGroup = 'canvas' | 'script'

/** What a settings or legend UI needs to know about a rule. */
export interface LintRuleInfo {
  /** kebab-case, stable: it ends up in accepted-finding keys saved in files. */
  id: string
  severity: Severity
  group: RuleGroup
  description: LintMessageKey
}

export interface LintRule extends LintRuleInfo {
  check(context: LintContext): Finding[]
}

export interface LintOptions {
  /** The team's own 服务忌语; checked together with the built-in defaults. */
  forbiddenPhrases?: readonly string[]
  /** Finding key → the reason the team accepted it. */
  accepted?: Readonly<Record<string, string>>
  /** Run only these rule ids (unknown ids are ignored). */
  rules?: readonly string[]
}

export interface LintResult {
  findings: Finding[]
  accepted: AcceptedFinding[]
}

/** A script line as the script rules see it. */
export interface ScriptLine {
  index: number
  text: string
  /** NFKC, lower case, straight quotes, single spaces (see `normalizeText`). */
  normalized: string
  /** Spoken by the customer ("顾客：…", "Customer: …"); every other line is a staff line. */
  customer: boolean
}

/** Everything rules share, computed once per lint run. */
export interface LintContext {
  doc: JourneyDocument
  /** Touchpoints in document order (stage order, then sort key). */
  ordered: readonly Touchpoint[]
  mainPath: readonly Touchpoint[]
  curve: readonly CurvePoint[]
  peakEndWarnings: readonly PeakEndWarning[]
  /** Ids reachable from the start over any edge. */
  reachable: ReadonlySet<string>
  /** Edges between two different, existing touchpoints. */
  connectedEdgeCount: number
  /** Touchpoints marked as the end, in main-path-then-document order. */
  ends: readonly Touchpoint[]
  /** The team's forbidden phrases plus the built-in defaults, deduplicated. */
  forbiddenPhrases: readonly Phrase[]
  /** Sort position: main-path index first, then the rest in document order. */
  touchpointRank: ReadonlyMap<string, number>
  stageRank: ReadonlyMap<string, number>
  /** A touchpoint's title for messages (its id when the title is blank). */
  name(touchpoint: Touchpoint): string
  /** A touchpoint's non-blank script lines, classified (memoised). */
  lines(touchpoint: Touchpoint): readonly ScriptLine[]
}
