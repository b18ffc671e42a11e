/**
 * The script book and the pocket cards as Markdown (CommonMark; reads well as plain text too).
 * Every text from the document is escaped: Markdown punctuation and HTML's `<`, `>`, `&` get a
 * backslash, and line starts that would open a list, quote or heading are neutralised, so a
 * `<script>` in a title is text in any Markdown renderer. Pure.
 */
import type { Locale } from '../model/schema'
import { bracketed, countsText, facts, labelled, markers, placementText, speakerText, standardText, stageHeading, touchpointHeading, translator, versionDateText } from './labels'
import type { BookTouchpoint, PocketCards, ScriptBook } from './scriptBook'

/**
 * Text for a Markdown paragraph or list item. Multi-line text keeps its line breaks as hard breaks
 * (a backslash at the end of the line), continuation lines indented by `indent`.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trim()
        .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join(`\\\n${indent}`)
}

const bold = (text: string) => `**${text}**`

function touchpointMarkdown(locale: Locale, touchpoint: BookTouchpoint, heading: string): string {
  const t = translator(locale)
  const out: string[] = []
  const marks = markers(locale, touchpoint).map((mark) => ` 〔${escapeMarkdown(mark)}〕`).join('')
  out.push(`${heading}${touchpoint.placement === 'branch' ? '↳ ' : ''}${escapeMarkdown(touchpointHeading(touchpoint))}${marks}`, '')
  out.push(`- ${escapeMarkdown(placementText(locale, touchpoint), '  ')}`)
  out.push(`- ${facts(locale, touchpoint).map(([label, value]) => escapeMarkdown(labelled(locale, label, value), '  ')).join(' · ')}`)
  if (touchpoint.isMot && touchpoint.expectation.trim()) out.push(`- ${escapeMarkdown(labelled(locale, t('scriptExport.field.expectation'), touchpoint.expectation), '  ')}`)
  out.push('')
  const block = (title: string, lines: string[]) => {
    if (lines.length === 0) return
    out.push(bold(escapeMarkdown(title)), '', ...lines, '')
  }
  block(
    t('scriptExport.section.standards'),
    touchpoint.standards.map((standard, index) => `${index + 1}. ${escapeMarkdown(standardText(locale, standard), '   ')}`),
  )
  block(
    t('scriptExport.section.script'),
    touchpoint.lines.flatMap((line, index) => {
      const tone = line.tone.trim() ? escapeMarkdown(bracketed(locale, t('scriptExport.tone', { tone: line.tone.trim() }))) : ''
      const speaker = line.cue ? `_${escapeMarkdown(speakerText(locale, line))}_` : bold(escapeMarkdown(speakerText(locale, line)))
      return [
        `${index + 1}. ${speaker}${locale === 'zh-CN' ? '：' : ': '}${escapeMarkdown(line.text, '   ')}${tone}`,
        ...line.alternatives.map((alternative) => `   - ${escapeMarkdown(t('scriptExport.alternative', { type: alternative.customerType.trim(), text: alternative.text }), '     ')}`),
      ]
    }),
  )
  block(t('scriptExport.section.avoid'), touchpoint.phrasesToAvoid.map((phrase) => `- ${escapeMarkdown(phrase, '  ')}`))
  if (touchpoint.delight.trim()) block(t('scriptExport.section.delight'), [escapeMarkdown(touchpoint.delight)])
  if (touchpoint.risk.trim()) block(t('scriptExport.section.risk'), [escapeMarkdown(touchpoint.risk)])
  const recovery = [
    ...(touchpoint.recovery.trim() ? [escapeMarkdown(touchpoint.recovery), ''] : []),
    ...touchpoint.recoverySteps.map((step, index) => `${index + 1}. ${escapeMarkdown(labelled(locale, t(`scriptExport.clear.${step.step}`), step.text), '   ')}`),
  ]
  if (recovery.at(-1) === '') recovery.pop()
  block(t('scriptExport.section.recovery'), recovery)
  return out.join('\n')
}

function coverLines(book: ScriptBook): string[] {
  const t = translator(book.locale)
  const lines = [
    `# ${escapeMarkdown(book.bookTitle)}`,
    '',
    `${escapeMarkdown(labelled(book.locale, t('scriptExport.cover.journey'), book.title))}\\`,
    `${escapeMarkdown(versionDateText(book))}\\`,
    escapeMarkdown(labelled(book.locale, t('scriptExport.cover.role'), book.role ?? t('scriptExport.cover.allRoles'))),
    '',
  ]
  if (book.description.trim()) lines.push(escapeMarkdown(book.description), '')
  lines.push(escapeMarkdown(countsText(book)), '', `_${escapeMarkdown(t('scriptExport.cover.order'))}_`, '')
  if (book.role !== null) lines.push(`_${escapeMarkdown(t('scriptExport.cover.roleRule'))}_`, '')
  return lines
}

/** The whole script book (or one post's): cover facts, contents, then stage by stage. */
export function scriptBookMarkdown(book: ScriptBook): string {
  const t = translator(book.locale)
  const out = coverLines(book)
  out.push(`## ${escapeMarkdown(t('scriptExport.contents'))}`, '')
  for (const section of book.sections) {
    out.push(`- ${escapeMarkdown(stageHeading(section), '  ')}`)
    for (const touchpoint of section.touchpoints) {
      const marks = markers(book.locale, touchpoint).map((mark) => ` 〔${escapeMarkdown(mark)}〕`).join('')
      out.push(`  - ${touchpoint.placement === 'branch' ? '↳ ' : ''}${escapeMarkdown(touchpointHeading(touchpoint), '    ')}${marks}`)
    }
  }
  out.push('')
  if (book.libraryAvoid.length > 0) {
    out.push(`## ${escapeMarkdown(t('scriptExport.section.libraryAvoid'))}`, '', ...book.libraryAvoid.map((phrase) => `- ${escapeMarkdown(phrase, '  ')}`), '')
  }
  for (const section of book.sections) {
    out.push(`## ${escapeMarkdown(stageHeading(section))}`, '')
    if (section.touchpoints.length === 0) out.push(`_${escapeMarkdown(t('scriptExport.stage.empty'))}_`, '')
    for (const touchpoint of section.touchpoints) out.push(touchpointMarkdown(book.locale, touchpoint, '### '))
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

/** One card per moment of truth, separated by thematic breaks (a page each when printed). */
export function pocketCardsMarkdown(cards: PocketCards): string {
  const t = translator(cards.locale)
  const out = [
    `# ${escapeMarkdown(cards.bookTitle)}`,
    '',
    `${escapeMarkdown(labelled(cards.locale, t('scriptExport.cover.journey'), cards.title))}\\`,
    `${escapeMarkdown(versionDateText(cards))}\\`,
    escapeMarkdown(labelled(cards.locale, t('scriptExport.cover.role'), cards.role ?? t('scriptExport.cover.allRoles'))),
    '',
  ]
  for (const card of cards.cards) {
    out.push('---', '', `_${escapeMarkdown(`${t('scriptExport.card', { number: card.cardNumber, total: cards.cards.length })} · ${labelled(cards.locale, t('scriptExport.field.stage'), card.stageName)}`)}_`, '')
    out.push(touchpointMarkdown(cards.locale, card, '## '))
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}
