/**
 * "New scorecard from journey…": proposes a two-level scorecard for one service post (岗位) or for
 * the whole journey, which the quality team then edits (methods.md §2). The rules, stated so the
 * team can predict the result:
 *
 * - **Touchpoints**: those whose role matches the post (NFKC, trimmed, case-insensitive) and that are
 *   moments of truth; if the post has no MOT, all of the post's touchpoints. For the whole journey
 *   (`post` null or blank): every MOT, or every touchpoint when the journey has no MOT.
 * - **Indicators**: one per service standard, named by the standard; the description is
 *   "touchpoint title: standard". A selected touchpoint without any standard gets one indicator
 *   named by its title (so an MOT nobody has written a standard for is not silently dropped).
 *   Each indicator checks (is linked to) its touchpoint.
 * - **Dimension**: the touchpoint's first SERVQUAL tag; Reliability when it has none, and the
 *   description then says that this was assumed.
 * - **Scale**: yes/no for a standard with a time limit (its time-limit field, or a time expression
 *   in its text such as "within 3 s", "24 h", "2 个工作日", "第 7 天", "10:00": the lint rule's
 *   detector): it is either met or not. Everything else is rated 1–5 (how well it was done). A
 *   standard with a time-limit field is named "standard (limit)".
 * - **Order**: grouped by dimension in SERVQUAL order, then journey order (stage, touchpoint,
 *   standard).
 * - **Weights**: two-level; equal dimension weights over the dimensions used and equal indicator
 *   weights within each dimension, each level adding up to exactly 100.00 (`equalWeights`).
 */
import { translate } from '../i18n/translate'
import { touchpointsInDocumentOrder } from '../journey/mainPath'
import { hasTimeLimit } from '../lint/timeLimit'
import { newId } from '../model/ids'
import { sequentialKeys } from '../model/order'
import { SERVQUAL_DIMENSIONS, type JourneyDocument, type Locale, type ServqualDimension, type Touchpoint } from '../model/schema'
import type { Indicator, Scale, Scorecard } from '../model/scorecard'
import { equalWeights } from './weightEditing'

export interface ScorecardProposal {
  scorecard: Scorecard
  indicators: Indicator[]
}

/** A post of the journey: the role as first written, with how many touchpoints and MOTs it owns. */
export interface JourneyPost {
  post: string
  touchpoints: number
  mots: number
}

/** The dimension used when a touchpoint has no SERVQUAL tag. */
export const DEFAULT_DIMENSION: ServqualDimension = 'reliability'

const YES_NO: Scale = { kind: 'yesNo' }
const ONE_TO_FIVE: Scale = { kind: 'range', min: 1, max: 5 }

/**
 * A post or role as compared: NFKC (full-width → ASCII), trimmed, inner spaces collapsed, lower case.
 *
 * @example postKey(' Ｓａｌｅｓ  consultant ') // 'sales consultant'
 */
export function postKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * The posts (roles) of the journey in document order, one per {@link postKey}, spelt as first
 * written; blank roles are left out.
 *
 * @example journeyPosts(doc) // [{ post: 'Sales consultant', touchpoints: 6, mots: 5 }, …]
 */
export function journeyPosts(doc: JourneyDocument): JourneyPost[] {
  const posts = new Map<string, JourneyPost>()
  for (const touchpoint of touchpointsInDocumentOrder(doc)) {
    const key = postKey(touchpoint.role)
    if (!key) continue
    const entry = posts.get(key) ?? { post: touchpoint.role.trim(), touchpoints: 0, mots: 0 }
    entry.touchpoints++
    if (touchpoint.isMot) entry.mots++
    posts.set(key, entry)
  }
  return [...posts.values()]
}

/** A service standard as written at a touchpoint: text with an optional time limit (plain text in older documents). */
type StandardLike = string | { text: string; timeLimit?: string }

const standardText = (standard: StandardLike) => (typeof standard === 'string' ? standard : standard.text).trim()
const standardLimit = (standard: StandardLike) => (typeof standard === 'string' ? '' : (standard.timeLimit ?? '')).trim()

/**
 * Whether a service standard sets a time limit (then it is checked yes/no): its own time-limit
 * field, or a time expression in its text (the lint rule's detector: "within 3 s", "24 小时内",
 * "第 7 天", "10:00", "before 6 pm"…).
 *
 * @example standardHasTimeLimit({ text: 'Greet within 3 s', timeLimit: '' }) // true
 * @example standardHasTimeLimit({ text: 'Ask at least 5 open questions', timeLimit: '' }) // false
 */
export function standardHasTimeLimit(standard: StandardLike): boolean {
  return standardLimit(standard) !== '' || hasTimeLimit(standardText(standard))
}

/** The scale proposed for a standard: yes/no with a time limit, else 1–5. */
export function proposedScale(standard: StandardLike): Scale {
  return standardHasTimeLimit(standard) ? { ...YES_NO } : { ...ONE_TO_FIVE }
}

/** The touchpoints a proposal draws on (see the file note). */
export function proposalTouchpoints(doc: JourneyDocument, post: string | null): Touchpoint[] {
  const key = post === null ? '' : postKey(post)
  const ordered = touchpointsInDocumentOrder(doc)
  const ofPost = key ? ordered.filter((touchpoint) => postKey(touchpoint.role) === key) : ordered
  const mots = ofPost.filter((touchpoint) => touchpoint.isMot)
  return mots.length > 0 ? mots : ofPost
}

/**
 * Proposes a scorecard for `post` (null or blank: the whole journey) with its indicators, in
 * `locale` (names, descriptions). Ids are new; the indicators' `scorecardId` is the new scorecard's.
 * The result is ready for `addScorecard` and is usable (weights add up) unless it has no indicators.
 *
 * @example
 * const { scorecard, indicators } = proposeScorecard(buildTemplate(RETAIL_STORE, 'en'), 'Sales consultant', 'en')
 * // scorecard.name 'Sales consultant scorecard'; 15 indicators over 4 dimensions of 25 each
 */
export function proposeScorecard(doc: JourneyDocument, post: string | null, locale: Locale): ScorecardProposal {
  const wholeJourney = post === null || postKey(post) === ''
  const touchpoints = proposalTouchpoints(doc, wholeJourney ? null : post)
  const spelt = wholeJourney ? '' : (touchpoints[0]?.role.trim() ?? post.trim())
  const scorecardId = newId('sc')

  interface Draft {
    name: string
    description: string
    dimension: ServqualDimension
    scale: Scale
    touchpointId: string
  }
  const drafts: Draft[] = []
  for (const touchpoint of touchpoints) {
    const tagged = touchpoint.servqual[0]
    const dimension = tagged ?? DEFAULT_DIMENSION
    const title = touchpoint.title.trim() || translate(locale, 'scorecards.propose.untitled')
    const assumed = tagged ? '' : translate(locale, 'scorecards.propose.assumedDimension', { dimension: translate(locale, `servqual.${DEFAULT_DIMENSION}`) })
    const standards = (touchpoint.standards as readonly StandardLike[]).filter((standard) => standardText(standard) !== '')
    if (standards.length === 0) {
      drafts.push({
        name: title.slice(0, 300),
        description: (translate(locale, 'scorecards.propose.noStandard', { touchpoint: title }) + assumed).slice(0, 5000),
        dimension,
        scale: { ...ONE_TO_FIVE },
        touchpointId: touchpoint.id,
      })
      continue
    }
    for (const standard of standards) {
      const limit = standardLimit(standard)
      const named = limit ? translate(locale, 'scorecards.propose.withLimit', { standard: standardText(standard), limit }) : standardText(standard)
      drafts.push({
        name: named.slice(0, 300),
        description: (translate(locale, 'scorecards.propose.description', { touchpoint: title, standard: named }) + assumed).slice(0, 5000),
        dimension,
        scale: proposedScale(standard),
        touchpointId: touchpoint.id,
      })
    }
  }

  const used = SERVQUAL_DIMENSIONS.filter((dimension) => drafts.some((draft) => draft.dimension === dimension))
  const dimensionShares = equalWeights(used.length)
  const dimensionWeights: Scorecard['dimensionWeights'] = {}
  used.forEach((dimension, index) => (dimensionWeights[dimension] = dimensionShares[index]!))

  const ordered = used.flatMap((dimension) => drafts.filter((draft) => draft.dimension === dimension))
  const keys = sequentialKeys(ordered.length)
  const weightOf = new Map<Draft, number>()
  for (const dimension of used) {
    const group = ordered.filter((draft) => draft.dimension === dimension)
    equalWeights(group.length).forEach((weight, index) => weightOf.set(group[index]!, weight))
  }
  const indicators: Indicator[] = ordered.map((draft, index) => ({
    id: newId('in'),
    scorecardId,
    name: draft.name,
    description: draft.description,
    dimension: draft.dimension,
    weight: weightOf.get(draft)!,
    scale: draft.scale,
    touchpointIds: [draft.touchpointId],
    sortKey: keys[index]!,
  }))

  const mots = touchpoints.filter((touchpoint) => touchpoint.isMot).length
  const journeyTitle = doc.meta.title.trim() || translate(locale, 'scorecards.propose.untitledJourney')
  const scorecard: Scorecard = {
    id: scorecardId,
    name: (wholeJourney ? translate(locale, 'scorecards.propose.nameJourney') : translate(locale, 'scorecards.propose.namePost', { post: spelt })).slice(0, 200),
    post: spelt.slice(0, 100),
    weighting: 'twoLevel',
    dimensionWeights,
    description: translate(locale, mots > 0 ? 'scorecards.propose.summaryMots' : 'scorecards.propose.summaryTouchpoints', {
      journey: journeyTitle,
      count: mots > 0 ? mots : touchpoints.length,
      indicators: indicators.length,
    }).slice(0, 5000),
    sortKey: 'V',
  }
  return { scorecard, indicators }
}
