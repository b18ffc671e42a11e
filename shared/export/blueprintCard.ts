/**
 * One touchpoint card of the blueprint image, with what the card shows on screen: title, channel
 * and role, the MOT / peak / end badges, the emotion and the SERVQUAL chips.
 */
import { CARD_HEIGHT, CARD_WIDTH } from '../canvas/geometry'
import type { MessageKey } from '../i18n/translate'
import type { Touchpoint } from '../model/schema'
import { COLOR } from './blueprintTheme'
import { el, textLines } from './svgMarkup'
import { escapeXml, textWidth, truncate, wrapText } from './text'

// Card typography (px), close to the canvas card's CSS.
const PAD_X = 10
const PAD_TOP = 8
const TITLE_SIZE = 15
const TITLE_LINE = 18.5
const META_SIZE = 12
const BADGE_SIZE = 11
const BADGE_HEIGHT = 17
const BADGE_GAP = 4
const FOOTER_SIZE = 13
const CHIP_SIZE = 10.5
const INNER_WIDTH = CARD_WIDTH - 2 * PAD_X

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value)
}

function face(value: number): string {
  return value > 0 ? '☺' : value < 0 ? '☹' : '○'
}

interface Badge {
  className: string
  text: string
  ink: string
  soft: string
}

/** The card at (x, y) in image coordinates. */
export function cardSvg(touchpoint: Touchpoint, x: number, y: number, laneName: string, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const name = touchpoint.title.trim() || t('editor.touchpoint.untitled')
  const parts: string[] = []
  parts.push(el('title', {}, escapeXml(laneName.trim() ? `${name} — ${laneName.trim()}` : name)))
  parts.push(
    el('rect', {
      class: 'card',
      x,
      y,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      rx: 10,
      fill: COLOR.paper,
      stroke: touchpoint.isMot ? COLOR.mot : COLOR.cardStroke,
      'stroke-width': touchpoint.isMot ? 1.2 : 1.5,
    }),
  )
  // An MOT has a double border on screen: a second, inner outline (shape, not only colour).
  if (touchpoint.isMot) parts.push(el('rect', { class: 'card-mot-ring', x: x + 3, y: y + 3, width: CARD_WIDTH - 6, height: CARD_HEIGHT - 6, rx: 8, fill: 'none', stroke: COLOR.mot, 'stroke-width': 1.2 }))

  const top = y + PAD_TOP
  const left = x + PAD_X
  const titleLines = wrapText(name, INNER_WIDTH, TITLE_SIZE, 2)
  parts.push(textLines(titleLines, { x: left, y: top + 14, lineHeight: TITLE_LINE, size: TITLE_SIZE, weight: 700, fill: COLOR.ink, className: 'card-title' }))
  let cursor = top + titleLines.length * TITLE_LINE

  const channelAndRole = [touchpoint.channel.trim(), touchpoint.role.trim()].filter(Boolean).join(' · ')
  parts.push(
    el(
      'text',
      { class: 'card-meta', x: left, y: cursor + 14, 'font-size': META_SIZE, fill: COLOR.muted, 'font-style': channelAndRole ? null : 'italic' },
      escapeXml(truncate(channelAndRole || t('editor.card.noChannelRole'), INNER_WIDTH, META_SIZE)),
    ),
  )
  cursor += 20

  const badges: Badge[] = []
  if (touchpoint.isMot) {
    const family = t(`editor.card.family.${touchpoint.motFamily ?? 'unspecified'}`)
    badges.push({ className: 'badge-mot', text: `${t('editor.card.mot')} · ${family} · ${touchpoint.importance}/5`, ink: COLOR.motInk, soft: COLOR.motSoft })
  }
  if (touchpoint.isPeak) badges.push({ className: 'badge-peak', text: `★ ${t('editor.card.peak')}`, ink: COLOR.peak, soft: COLOR.peakSoft })
  if (touchpoint.isEnd) badges.push({ className: 'badge-end', text: `⚑ ${t('editor.card.end')}`, ink: COLOR.end, soft: COLOR.endSoft })
  const footerTop = y + CARD_HEIGHT - 26
  let badgeX = left
  let badgeY = cursor
  for (const badge of badges) {
    const text = truncate(badge.text, INNER_WIDTH - 10, BADGE_SIZE)
    const badgeWidth = textWidth(text, BADGE_SIZE) + 10
    if (badgeX > left && badgeX + badgeWidth > left + INNER_WIDTH) {
      badgeX = left
      badgeY += BADGE_HEIGHT + 3
    }
    if (badgeY + BADGE_HEIGHT > footerTop) break
    parts.push(
      el(
        'g',
        { class: `badge ${badge.className}` },
        el('rect', { x: badgeX, y: badgeY, width: badgeWidth, height: BADGE_HEIGHT, rx: 4, fill: badge.soft, stroke: badge.ink, 'stroke-width': 1 }) +
          el('text', { x: badgeX + 5, y: badgeY + 12.5, 'font-size': BADGE_SIZE, 'font-weight': 600, fill: badge.ink }, escapeXml(text)),
      ),
    )
    badgeX += badgeWidth + BADGE_GAP
  }

  // Footer: the emotion as a face and a signed value, then the SERVQUAL chips.
  const baseline = y + CARD_HEIGHT - 11
  const emotion = `${face(touchpoint.emotion)} ${signed(touchpoint.emotion)}`
  const emotionColor = touchpoint.emotion > 0 ? COLOR.positive : touchpoint.emotion < 0 ? COLOR.negative : COLOR.neutral
  parts.push(el('text', { class: 'emotion', x: left, y: baseline, 'font-size': FOOTER_SIZE, 'font-weight': 700, fill: emotionColor }, escapeXml(emotion)))
  let chipX = left + textWidth(emotion, FOOTER_SIZE) + 8
  for (const dimension of touchpoint.servqual) {
    const label = t(`canvas.servqualShort.${dimension}`)
    const chipWidth = textWidth(label, CHIP_SIZE) + 8
    if (chipX + chipWidth > left + INNER_WIDTH) break
    parts.push(
      el(
        'g',
        { class: `chip chip-${dimension}` },
        el('rect', { x: chipX, y: baseline - 12, width: chipWidth, height: 16, rx: 8, fill: COLOR.chip, stroke: COLOR.line, 'stroke-width': 1 }) +
          el('text', { x: chipX + 4, y: baseline, 'font-size': CHIP_SIZE, fill: COLOR.ink }, escapeXml(label)),
      ),
    )
    chipX += chipWidth + 3
  }
  return el('g', { class: 'touchpoint', 'data-touchpoint-id': touchpoint.id }, parts.join(''))
}
