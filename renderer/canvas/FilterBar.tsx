/**
 * Filters and search over the canvas: only moments of truth, one family, one SERVQUAL dimension,
 * one role, one channel, one stage, and a text to find. Cards that do not match are dimmed, never
 * hidden (toFlow), so the map keeps its shape. Enter in the search box selects the next match and
 * centres the canvas on it (Shift+Enter the previous one). FilterCount says how many match.
 */
import { memo, useId, useMemo, type KeyboardEvent } from 'react'
import { distinctValues, isFilterActive, matchesFilter, type CanvasFilter } from '../../shared/canvas/filter'
import { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { bySortKey } from '../../shared/model/order'
import { MOT_FAMILIES, SERVQUAL_DIMENSIONS, type JourneyDocument, type Touchpoint } from '../../shared/model/schema'
import { stageName } from '../editor/format'
import { selectionStore } from '../editor/selection'
import { useT } from '../i18n/useT'
import { SETTLE_MS, useSettledValue } from '../state/useSettledValue'
import { clearFilter, setFilter, useCanvasFilter } from './canvasStore'
import { nextMatch } from './curveGeometry'
import { useCanvasNavigation } from './useCanvasNavigation'

interface Option {
  value: string
  label: string
}

/**
 * A filter menu. Its name says it filters ("Filter: Role"), so it never shares a name with the
 * inspector's field of the same word; the visible label is the word alone.
 */
function FilterSelect({ label, value, options, onChange }: { label: string; value: string | null; options: Option[]; onChange: (value: string | null) => void }) {
  const t = useT()
  // A value no longer in the journey (its last card was edited) stays selectable until cleared.
  const all = value !== null && !options.some((option) => option.value === value) ? [...options, { value, label: value }] : options
  return (
    <div className={value !== null ? 'filter-field is-active' : 'filter-field'}>
      <span className="filter-label" aria-hidden="true">
        {label}
      </span>
      <select aria-label={t('canvas.filter.by', { field: label })} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{t('canvas.filter.any')}</option>
        {all.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The cards in document order, and the ids of those matching the canvas filter. From the document
 * once it has settled: sorting thousands of cards must not hold up a keystroke in the inspector.
 */
function useFilterMatches(current: JourneyDocument): { ordered: Touchpoint[]; matches: string[]; filter: CanvasFilter } {
  const filter = useCanvasFilter()
  const doc = useSettledValue(current, SETTLE_MS)
  const ordered = useMemo(() => touchpointsInDocumentOrder(doc), [doc])
  const matches = useMemo(() => ordered.filter((touchpoint) => matchesFilter(touchpoint, filter)).map((touchpoint) => touchpoint.id), [ordered, filter])
  return { ordered, matches, filter }
}

/** "6 of 16 cards match", announced as it changes. */
export const FilterCount = memo(function FilterCount({ doc }: { doc: JourneyDocument }) {
  const t = useT()
  const { ordered, matches, filter } = useFilterMatches(doc)
  return (
    <span className={isFilterActive(filter) ? 'filter-count is-active' : 'filter-count'} role="status">
      {t('canvas.filter.count', { n: matches.length, total: ordered.length })}
    </span>
  )
})

export const FilterBar = memo(function FilterBar({ doc }: { doc: JourneyDocument }) {
  const t = useT()
  const navigation = useCanvasNavigation()
  const motOnlyId = useId()
  const findId = useId()
  const hintId = useId()
  const { ordered, matches, filter } = useFilterMatches(doc)
  const roles = useMemo(() => distinctValues(ordered, 'role').map((value) => ({ value, label: value })), [ordered])
  const channels = useMemo(() => distinctValues(ordered, 'channel').map((value) => ({ value, label: value })), [ordered])
  const stageOptions = bySortKey(Object.values(doc.stages)).map((stage) => ({ value: stage.id, label: stageName(t, stage.name) }))
  const familyOptions = [...MOT_FAMILIES, 'unspecified' as const].map((family) => ({ value: family, label: t(`mot.family.${family}`) }))
  const dimensionOptions = SERVQUAL_DIMENSIONS.map((dimension) => ({ value: dimension, label: t(`servqual.${dimension}`) }))
  const change = (changes: Partial<CanvasFilter>) => setFilter(changes)

  const onFindKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const next = nextMatch(matches, selectionStore.get().touchpointId, event.shiftKey ? -1 : 1)
    if (next) navigation.showCard(next)
  }

  return (
    <div className="filter-bar" role="search" aria-label={t('canvas.filter.label')}>
      <div className="filter-field filter-check">
        <input id={motOnlyId} type="checkbox" checked={filter.motOnly} onChange={(event) => change({ motOnly: event.target.checked })} />
        <label htmlFor={motOnlyId}>{t('canvas.filter.motOnly')}</label>
      </div>
      <FilterSelect label={t('canvas.filter.family')} value={filter.family} options={familyOptions} onChange={(value) => change({ family: value as CanvasFilter['family'] })} />
      <FilterSelect label={t('canvas.filter.dimension')} value={filter.dimension} options={dimensionOptions} onChange={(value) => change({ dimension: value as CanvasFilter['dimension'] })} />
      <FilterSelect label={t('canvas.filter.role')} value={filter.role} options={roles} onChange={(role) => change({ role })} />
      <FilterSelect label={t('canvas.filter.channel')} value={filter.channel} options={channels} onChange={(channel) => change({ channel })} />
      <FilterSelect label={t('canvas.filter.stage')} value={filter.stageId} options={stageOptions} onChange={(stageId) => change({ stageId })} />
      <div className={filter.text.trim() ? 'filter-field filter-find is-active' : 'filter-field filter-find'}>
        <label htmlFor={findId}>{t('canvas.filter.find')}</label>
        <input
          id={findId}
          type="search"
          value={filter.text}
          placeholder={t('canvas.filter.findPlaceholder')}
          title={t('canvas.filter.findHint')}
          aria-describedby={hintId}
          onChange={(event) => change({ text: event.target.value })}
          onKeyDown={onFindKeyDown}
        />
        <span id={hintId} className="visually-hidden">
          {t('canvas.filter.findHint')}
        </span>
      </div>
      <button type="button" className="filter-clear" onClick={clearFilter} disabled={!isFilterActive(filter)}>
        {t('canvas.filter.clear')}
      </button>
    </div>
  )
})
