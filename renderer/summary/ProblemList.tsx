/** Integrity problems of the document; each one about a record jumps to where it can be fixed. */
import { memo } from 'react'
import type { Problem } from '../../shared/journey/validate'
import type { JourneyDocument } from '../../shared/model/schema'
import { clearSelection, requestFocus, selectAndFocusCard, selectTouchpoint } from '../editor/selection'
import { useT } from '../i18n/useT'

/** What "go to the problem" does for a record id, or null when there is nowhere to go. */
function goToRecord(doc: JourneyDocument, recordId: string | undefined): (() => void) | null {
  if (!recordId) return null
  if (doc.touchpoints[recordId]) {
    return () => {
      selectTouchpoint(recordId)
      requestFocus({ kind: 'touchpointTitle', id: recordId })
    }
  }
  if (doc.stages[recordId]) return () => requestFocus({ kind: 'stageName', id: recordId })
  if (doc.lanes[recordId]) return clearSelection
  const edge = doc.edges[recordId]
  if (edge && doc.touchpoints[edge.sourceId]) return () => selectAndFocusCard(edge.sourceId)
  return null
}

export const ProblemList = memo(function ProblemList({ doc, problems }: { doc: JourneyDocument; problems: readonly Problem[] }) {
  const t = useT()
  return (
    <div className="problems">
      <h3>{t('editor.problems.heading')}</h3>
      {problems.length === 0 ? (
        <p className="muted">
          <span aria-hidden="true">✓ </span>
          {t('editor.problems.none')}
        </p>
      ) : (
        <ul className="problem-list">
          {problems.map((problem, index) => {
            const goTo = goToRecord(doc, problem.recordId)
            const text = t.message(problem.message)
            return (
              <li key={`${problem.code}-${problem.recordId ?? ''}-${index}`} className="problem">
                <span aria-hidden="true">✗ </span>
                {goTo ? (
                  <button type="button" className="link" onClick={goTo}>
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
})
