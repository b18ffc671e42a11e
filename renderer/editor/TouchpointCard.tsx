/**
 * One touchpoint on the board: a button named by its title, with its channel, role, lane, MOT badge,
 * peak / end markers, emotion and SERVQUAL chips as described text. Every marker has words or a
 * sign besides its colour. Memoised: immer keeps an unchanged touchpoint the same object.
 */
import { memo, useId } from 'react'
import type { Touchpoint } from '../../shared/model/schema'
import type { Translate } from '../i18n/useT'
import { emotionFace, emotionText, signed, touchpointName } from './format'
import { selectTouchpoint } from './selection'

interface TouchpointCardProps {
  touchpoint: Touchpoint
  laneName: string
  selected: boolean
  t: Translate
}

export const TouchpointCard = memo(function TouchpointCard({ touchpoint, laneName, selected, t }: TouchpointCardProps) {
  const detailsId = useId()
  const name = touchpointName(t, touchpoint.title)
  const channelAndRole = [touchpoint.channel.trim(), touchpoint.role.trim()].filter(Boolean).join(' · ')
  const classes = ['tp-card', touchpoint.isMot ? 'is-mot' : '', selected ? 'is-selected' : '', touchpoint.title.trim() ? '' : 'is-untitled']
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      data-touchpoint-id={touchpoint.id}
      aria-label={name}
      aria-pressed={selected}
      aria-describedby={detailsId}
      onClick={() => selectTouchpoint(touchpoint.id)}
    >
      <span className="tp-card-title">{name}</span>
      <span id={detailsId} className="tp-card-details">
        <span className={channelAndRole ? 'tp-card-meta' : 'tp-card-meta muted'}>{channelAndRole || t('editor.card.noChannelRole')}</span>
        <span className="tp-card-lane">
          <span className="visually-hidden">{t('editor.card.lane')}: </span>
          {laneName}
        </span>
        {(touchpoint.isMot || touchpoint.isPeak || touchpoint.isEnd) && (
          <span className="tp-card-badges">
            {touchpoint.isMot && (
              <span className="badge badge-mot">
                {t('editor.card.mot')} · {t(`editor.card.family.${touchpoint.motFamily ?? 'unspecified'}`)} ·{' '}
                {t('editor.card.importance', { value: touchpoint.importance })}
              </span>
            )}
            {touchpoint.isPeak && <span className="badge badge-peak">★ {t('editor.card.peak')}</span>}
            {touchpoint.isEnd && <span className="badge badge-end">⚑ {t('editor.card.end')}</span>}
          </span>
        )}
        <span className="tp-card-footer">
          <span className={`emotion emotion-${Math.sign(touchpoint.emotion) + 1}`} title={emotionText(t, touchpoint.emotion)}>
            <span className="visually-hidden">{t('editor.card.emotion')} </span>
            <span aria-hidden="true">{emotionFace(touchpoint.emotion)} </span>
            {signed(touchpoint.emotion)}
          </span>
          {touchpoint.servqual.map((dimension) => (
            <span key={dimension} className={`chip chip-${dimension}`}>
              {t(`servqual.${dimension}`)}
            </span>
          ))}
        </span>
      </span>
    </button>
  )
})
