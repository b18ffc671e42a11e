/**
 * Presentation mode for workshops on a projector: the whole window (full screen when the host
 * allows it), very large type, a title slide with the peak-end figures, then one slide per stage
 * with its touchpoints as big cards and the experience curve of the whole main path along the
 * bottom, this stage's points highlighted.
 *
 * Keys: → / Space / PageDown next, ← / PageUp previous, Home / End, Esc exits; ↓ / ↑ scroll a
 * stage with more cards than the screen holds. While it is open,
 * every key goes to the presentation only: the editor's board keys (Delete, arrows…) must not act
 * on the board hidden behind it.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { presentationSlides, slideCommand, type PresentationCard, type StageSlide, type TitleSlide } from '../../shared/export/presentation'
import type { PeakEndScore } from '../../shared/journey/peakEnd'
import type { JourneyDocument } from '../../shared/model/schema'
import { useApp } from '../app/appStore'
import { emotionFace, emotionText, signed, stageName, touchpointName } from '../editor/format'
import { useT, type Translate } from '../i18n/useT'
import { PresentationCurve } from './PresentationCurve'

interface PresentationProps {
  doc: JourneyDocument
  /** Leaves the presentation (must be stable across renders). */
  onExit: () => void
}

export function Presentation({ doc, onExit }: PresentationProps) {
  const t = useT()
  const locale = useApp((state) => state.locale)
  const { slides, curve, score } = useMemo(() => presentationSlides(doc), [doc])
  const [index, setIndex] = useState(0)
  const current = Math.min(index, slides.length - 1)
  const slide = slides[current]!
  const root = useRef<HTMLDivElement>(null)
  const slideArea = useRef<HTMLDivElement>(null)

  useEffect(() => {
    root.current?.focus()
  }, [])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      event.stopPropagation()
      if (event.ctrlKey || event.metaKey || event.altKey) return
      // Enter and Space on a focused button press that button.
      if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLElement && event.target.closest('button')) return
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        // A stage with many cards scrolls; ↓ and ↑ move through it.
        event.preventDefault()
        const area = slideArea.current
        area?.scrollBy({ top: (event.key === 'ArrowDown' ? 1 : -1) * area.clientHeight * 0.6, behavior: 'smooth' })
        return
      }
      const command = slideCommand(event.key, current, slides.length, event.shiftKey)
      if (!command) return
      event.preventDefault()
      if (command.kind === 'exit') onExit()
      else setIndex(command.index)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [current, slides.length, onExit])

  useEffect(() => {
    // Leaving full screen (Esc in a real full screen never reaches the page) leaves the presentation too.
    let wasFullscreen = document.fullscreenElement !== null
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen = true
      else if (wasFullscreen) onExit()
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    }
  }, [onExit])

  const go = (target: number) => setIndex(Math.min(slides.length - 1, Math.max(0, target)))
  return (
    <div className="presentation" role="region" aria-label={t('present.region')} lang={locale} tabIndex={-1} ref={root}>
      <div className="presentation-slide" key={current} ref={slideArea}>
        {slide.kind === 'title' ? <TitleSlideView slide={slide} t={t} /> : <StageSlideView slide={slide} t={t} />}
      </div>
      {curve.length > 0 && (
        <div className="presentation-curve-strip">
          <PresentationCurve curve={curve} highlight={slide.kind === 'stage' ? slide.curveIndexes : null} />
        </div>
      )}
      {slide.kind === 'title' && !score && <p className="presentation-note">{t('present.title.noCurve')}</p>}
      <div className="presentation-controls" role="group" aria-label={t('present.controls')}>
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
          <span aria-hidden="true">← </span>
          {t('present.previous')}
        </button>
        <span className="presentation-counter" role="status">
          {t('present.counter', { current: current + 1, count: slides.length })}
        </span>
        <button type="button" onClick={() => go(current + 1)} disabled={current === slides.length - 1}>
          {t('present.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <span className="presentation-hint" aria-hidden="true">
          {t('present.keysHint')}
        </span>
        <button type="button" className="presentation-exit" onClick={onExit}>
          {t('present.exit')}
        </button>
      </div>
    </div>
  )
}

function TitleSlideView({ slide, t }: { slide: TitleSlide; t: Translate }) {
  const title = slide.title.trim() || t('journey.untitled')
  return (
    <section className="slide slide-title">
      {slide.versionLabel.trim() && <p className="slide-kicker">{t('present.title.version', { label: slide.versionLabel.trim() })}</p>}
      <h2 className="slide-heading">{title}</h2>
      <p className="slide-counts">{t('present.title.counts', { stages: slide.stages, touchpoints: slide.touchpoints, mots: slide.mots.total })}</p>
      {slide.score && <Figures score={slide.score} t={t} />}
      {slide.description.trim() && <p className="slide-description">{slide.description.trim()}</p>}
    </section>
  )
}

function Figures({ score, t }: { score: PeakEndScore; t: Translate }) {
  const figures = [
    { term: t('editor.figures.mean'), value: signed(score.mean, 2) },
    { term: t('editor.figures.peak'), value: signed(score.peak) },
    { term: t('editor.figures.end'), value: signed(score.end) },
    { term: t('editor.figures.remembered'), value: signed(score.remembered, 2), emphasis: true },
  ]
  return (
    <>
      <dl className="slide-figures">
        {figures.map((figure) => (
          <div key={figure.term} className={figure.emphasis ? 'slide-figure is-emphasis' : 'slide-figure'}>
            <dt>{figure.term}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="slide-compare">{t('present.title.compare', { remembered: signed(score.remembered, 2), mean: signed(score.mean, 2) })}</p>
    </>
  )
}

function StageSlideView({ slide, t }: { slide: StageSlide; t: Translate }) {
  return (
    <section className="slide slide-stage">
      <p className="slide-kicker">{t('present.stageOf', { number: slide.number, count: slide.count })}</p>
      <h2 className="slide-heading">{stageName(t, slide.name)}</h2>
      {slide.cards.length === 0 ? (
        <p className="slide-empty">{t('present.stage.empty')}</p>
      ) : (
        <ul className={`slide-cards slide-cards-${slide.cards.length <= 4 ? slide.cards.length : 'many'}`}>
          {slide.cards.map((card) => (
            <li key={card.id}>
              <SlideCard card={card} t={t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function SlideCard({ card, t }: { card: PresentationCard; t: Translate }) {
  const channelAndRole = [card.channel.trim(), card.role.trim()].filter(Boolean).join(' · ')
  const tone = card.emotion > 0 ? 2 : card.emotion < 0 ? 0 : 1
  const classes = ['slide-card', card.isMot && 'is-mot', card.isPeak && 'is-peak', card.isEnd && 'is-end']
  return (
    <article className={classes.filter(Boolean).join(' ')}>
      <h3 className="slide-card-title">{touchpointName(t, card.title)}</h3>
      <p className={channelAndRole ? 'slide-card-meta' : 'slide-card-meta muted'}>{channelAndRole || t('editor.card.noChannelRole')}</p>
      <p className="slide-card-flags">
        <span className={`slide-card-emotion emotion emotion-${tone}`}>
          <span aria-hidden="true">{emotionFace(card.emotion)} </span>
          {emotionText(t, card.emotion)}
        </span>
        {card.isMot && (
          <span className="badge badge-mot">
            {t('editor.card.mot')} · {t(`editor.card.family.${card.motFamily ?? 'unspecified'}`)} · {t('editor.card.importance', { value: card.importance })}
          </span>
        )}
        {card.isPeak && <span className="badge badge-peak">★ {t('editor.card.peak')}</span>}
        {card.isEnd && <span className="badge badge-end">⚑ {t('editor.card.end')}</span>}
        {!card.onMainPath && <span className="slide-card-offpath">{t('present.card.offPath')}</span>}
      </p>
      {card.standard && (
        <p className="slide-card-text">
          <span className="slide-card-label">{t('present.card.standard')}</span> {card.standard}
        </p>
      )}
      {card.scriptLine && (
        <p className="slide-card-text slide-card-script">
          <span className="slide-card-label">{t('present.card.script')}</span> “{card.scriptLine}”
        </p>
      )}
    </article>
  )
}
