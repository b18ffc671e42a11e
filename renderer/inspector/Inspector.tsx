/**
 * The right-hand panel: the selected touchpoint's fields, or, with nothing selected, the journey's
 * lanes, personas and phrase library (话术库). Keyed by touchpoint id, so switching cards starts fresh while typing never
 * remounts a field.
 */
import type { JourneyDocument, Touchpoint } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { LanesSection } from './LanesSection'
import { PersonasSection } from './PersonasSection'
import { TouchpointInspector } from './TouchpointInspector'
import { PhraseLibrary } from '../scripts/PhraseLibrary'

interface InspectorProps {
  session: DocumentSession
  doc: JourneyDocument
  touchpoint: Touchpoint | undefined
}

export function Inspector({ session, doc, touchpoint }: InspectorProps) {
  const t = useT()
  if (touchpoint) return <TouchpointInspector key={touchpoint.id} session={session} doc={doc} touchpoint={touchpoint} />
  return (
    <div className="journey-properties">
      <h2>{t('editor.journey.properties')}</h2>
      <p className="muted">{t('editor.inspector.noSelection')}</p>
      <LanesSection session={session} lanes={doc.lanes} />
      <PersonasSection session={session} personas={doc.personas} locale={doc.meta.locale} />
      <PhraseLibrary session={session} doc={doc} />
    </div>
  )
}
