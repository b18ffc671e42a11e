/**
 * One touchpoint card of the blueprint image, with what the card shows on screen: title, channel
 * and role, the MOT / peak / end badges, the emotion and the SERVQUAL chips, and with the score
 * heat map on, the band's stripe and tint and the score (or "no score") as text.
 */
import { CARD_HEIGHT, CARD_WIDTH } from '../canvas/geometry'
import type { MessageKey } from '../i18n/translate'
import type { Touchpoint } from '../model/schema'
import type { HeatEntry } from '../scoring/heat'
import { fixed } from '../scoring/round'
import { COLOR, HEAT_LOOK } from './blueprintTheme'
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
const HEAT_STRIPE = 7

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

type T = (key: MessageKey, params?: Record<string, string | number>) => string

/** The heat map's label for a card, as the canvas shows it. */
function heatText(heat: HeatEntry, t: T): string {
  if (heat.kind === 'score') return t('scorecards.heat.score', { score: fixed(heat.score, 1) })
  return t(heat.kind === 'none' ? 'scorecards.heat.noScore' : 'scorecards.heat.unscored')
}

/** The card at (x, y) in image coordinates; `heat` while the score heat map is on, else null. */
export function cardSvg(touchpoint: Touchpoint, x: number, y: number, laneName: string, t: T, heat: HeatEntry | null = null): string {
  const name = touchpoint.title.trim() || t('editor.touchpoint.untitled')
  const look = heat ? HEAT_LOOK[heat.kind === 'score' ? heat.band : 'none'] : null
  // The heat stripe runs down the left edge; the content moves right of it, as on the canvas.
  const inset = look ? HEAT_STRIPE - 2 : 0
  const innerWidth = CARD_WIDTH - 2 * PAD_X - inset
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
      fill: look?.card ?? COLOR.paper,
      stroke: touchpoint.isMot ? COLOR.mot : COLOR.cardStroke,
      'stroke-width': touchpoint.isMot ? 1.2 : 1.5,
    }),
  )
  if (look) {
    parts.push(el('rect', { class: 'heat-stripe', x: x + 1.5, y: y + 8, width: HEAT_STRIPE - 1.5, height: CARD_HEIGHT - 16, rx: 3, fill: look.stripe }))
  }
  // An MOT has a double border on screen: a second, inner outline (shape, not only colour).
  if (touchpoint.isMot) parts.push(el('rect', { class: 'card-mot-ring', x: x + 3, y: y + 3, width: CARD_WIDTH - 6, height: CARD_HEIGHT - 6, rx: 8, fill: 'none', stroke: COLOR.mot, 'stroke-width': 1.2 }))

  const top = y + PAD_TOP
  const left = x + PAD_X + inset
  const titleLines = wrapText(name, innerWidth, TITLE_SIZE, 2)
  parts.push(textLines(titleLines, { x: left, y: top + 14, lineHeight: TITLE_LINE, size: TITLE_SIZE, weight: 700, fill: COLOR.ink, className: 'card-title' }))
  let cursor = top + titleLines.length * TITLE_LINE

  const channelAndRole = [touchpoint.channel.trim(), touchpoint.role.trim()].filter(Boolean).join(' · ')
  parts.push(
    el(
      'text',
      { class: 'card-meta', x: left, y: cursor + 14, 'font-size': META_SIZE, fill: COLOR.muted, 'font-style': channelAndRole ? null : 'italic' },
      escapeXml(truncate(channelAndRole || t('editor.card.noChannelRole'), innerWidth, META_SIZE)),
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
    const text = truncate(badge.text, innerWidth - 10, BADGE_SIZE)
    const badgeWidth = textWidth(text, BADGE_SIZE) + 10
    if (badgeX > left && badgeX + badgeWidth > left + innerWidth) {
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

  // Footer: the heat label (when on), the emotion as a face and a signed value, then the SERVQUAL chips.
  const baseline = y + CARD_HEIGHT - 11
  let footerX = left
  if (heat && look) {
    const text = heatText(heat, t)
    const labelWidth = textWidth(text, BADGE_SIZE) + 10
    parts.push(
      el(
        'g',
        { class: `heat-badge heat-${heat.kind === 'score' ? heat.band : heat.kind}` },
        el('rect', { x: footerX, y: baseline - 12.5, width: labelWidth, height: BADGE_HEIGHT, rx: 4, fill: look.fill, stroke: look.stroke, 'stroke-width': 1, 'stroke-dasharray': look.dash }) +
          el('text', { x: footerX + 5, y: baseline, 'font-size': BADGE_SIZE, 'font-weight': 700, fill: look.ink }, escapeXml(text)),
      ),
    )
    footerX += labelWidth + 6
  }
  const emotion = `${face(touchpoint.emotion)} ${signed(touchpoint.emotion)}`
  const emotionColor = touchpoint.emotion > 0 ? COLOR.positive : touchpoint.emotion < 0 ? COLOR.negative : COLOR.neutral
  parts.push(el('text', { class: 'emotion', x: footerX, y: baseline, 'font-size': FOOTER_SIZE, 'font-weight': 700, fill: emotionColor }, escapeXml(emotion)))
  let chipX = footerX + textWidth(emotion, FOOTER_SIZE) + 8
  for (const dimension of touchpoint.servqual) {
    const label = t(`canvas.servqualShort.${dimension}`)
    const chipWidth = textWidth(label, CHIP_SIZE) + 8
    if (chipX + chipWidth > left + innerWidth) break
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

