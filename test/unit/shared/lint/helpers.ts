/** Shared fixtures of the lint tests: a journey that passes every rule, and per-rule lint. */
import { lintJourney } from '../../../../shared/lint/engine'
import type { Finding, LintOptions } from '../../../../shared/lint/types'
import type { JourneyDocument, Touchpoint } from '../../../../shared/model/schema'
import { journeyWithPath, type TouchpointSpec } from '../../../helpers/builders'

/** Four touchpoints on one main path that no rule objects to. */
export const CLEAN_PATH: TouchpointSpec[] = [
  {
    title: 'Greeting',
    role: 'Sales consultant',
    isMot: true,
    motFamily: 'process',
    emotion: 1,
    servqual: ['responsiveness', 'tangibles'],
    standards: ['Greet within 3 s of the customer entering'],
    scriptLines: ['Good morning, welcome!'],
  },
  {
    title: 'Quote',
    role: 'Sales consultant',
    isMot: true,
    motFamily: 'business',
    emotion: -1,
    servqual: ['reliability', 'assurance'],
    standards: ['Itemised quote, valid for 7 days'],
    scriptLines: ['Here is everything, including installation.'],
    risk: 'Price shock',
    recovery: 'CLEAR, then rework the package within budget',
  },
  {
    title: 'Installation',
    role: 'Installer',
    isPeak: true,
    emotion: 3,
    servqual: ['empathy'],
    delight: 'Cooks the dish the customer mentioned',
  },
  {
    title: 'Follow-up call',
    role: 'Sales consultant',
    isEnd: true,
    emotion: 2,
    servqual: ['empathy'],
    scriptLines: ['How has the kitchen been?', 'Thank you for choosing us.'],
  },
]

export function cleanJourney(edit: (doc: JourneyDocument, byTitle: (title: string) => Touchpoint) => void = () => {}): JourneyDocument {
  const doc = journeyWithPath(CLEAN_PATH.map((spec) => ({ ...spec })))
  const byTitle = (title: string) => Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === title)!
  edit(doc, byTitle)
  return doc
}

/** The findings of one rule only. */
export function findingsOf(ruleId: string, doc: JourneyDocument, options: LintOptions = {}): Finding[] {
  return lintJourney(doc, { ...options, rules: [ruleId] }).findings
}
