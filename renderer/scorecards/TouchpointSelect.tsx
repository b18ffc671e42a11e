/** The touchpoints an indicator is linked to, as a multiple select in document order. */
import type { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import type { JourneyDocument } from '../../shared/model/schema'

export function TouchpointSelect(props: {
  label: string
  doc: JourneyDocument
  options: ReturnType<typeof touchpointsInDocumentOrder>
  value: readonly string[]
  onChange: (ids: string[]) => void
  untitled: string
}) {
  const { label, doc, options, value, onChange, untitled } = props
  const stageName = (stageId: string) => doc.stages[stageId]?.name.trim() ?? ''
  return (
    <select
      multiple
      className="touchpoint-select"
      aria-label={label}
      size={Math.min(4, Math.max(2, options.length))}
      value={[...value]}
      onChange={(event) => onChange([...event.target.selectedOptions].map((option) => option.value))}
    >
      {options.map((touchpoint) => (
        <option key={touchpoint.id} value={touchpoint.id} title={stageName(touchpoint.stageId)}>
          {touchpoint.title.trim() || untitled}
        </option>
      ))}
    </select>
  )
}
