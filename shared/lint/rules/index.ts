/** Every lint rule, in legend order: structure, the end, peak-end, content, then scripts. */
import type { LintRule } from '../types'
import { CONTENT_RULES } from './content'
import { END_RULES } from './ends'
import { PEAK_END_RULES } from './peakEnd'
import { SCRIPT_RULES } from './script'
import { STRUCTURE_RULES } from './structure'

export const ALL_RULES: readonly LintRule[] = [...STRUCTURE_RULES, ...END_RULES, ...PEAK_END_RULES, ...CONTENT_RULES, ...SCRIPT_RULES]
