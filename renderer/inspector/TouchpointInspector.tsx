/** Every field of the selected touchpoint, edited as you type; one field edit is one undo step. */
import { useCallback } from 'react'
import { updateTouchpoint, type TouchpointChanges } from '../../shared/commands/touchpoint'
import type { JourneyDocument, Touchpoint } from '../../shared/model/schema'
import { removeTouchpointAndSelectNeighbour } from '../editor/editorActions'
import { clearSelection } from '../editor/selection'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { BasicsFields } from './BasicsFields'
import { ConnectionsSection } from './ConnectionsSection'
import { InspectorSection, TextField } from './fields'
import { MotFields } from './MotFields'
import { ServqualFields } from './ServqualFields'
import { PhrasesToAvoidField } from '../scripts/PhrasesToAvoidField'
import { RecoveryStepsFields } from '../scripts/RecoveryStepsFields'
import { ScriptLinesEditor } from '../scripts/ScriptLinesEditor'
import { StandardsEditor } from '../scripts/StandardsEditor'

interface TouchpointInspectorProps {
  session: DocumentSession
  doc: JourneyDocument
  touchpoint: Touchpoint
}

export function TouchpointInspector({ session, doc, touchpoint }: TouchpointInspectorProps) {
  const t = useT()
  const { id } = touchpoint
  const update = useCallback((changes: TouchpointChanges) => session.dispatch(updateTouchpoint, { id, changes }), [session, id])
  const lang = doc.meta.locale
  return (
    <div className={`touchpoint-inspector ${touchpoint.isMot ? 'is-mot' : ''}`}>
      <header className="inspector-header">
        <h2>{t('editor.inspector.touchpointHeading')}</h2>
        <button type="button" className="icon-button" aria-label={t('editor.inspector.close')} title={t('editor.inspector.close')} onClick={clearSelection}>
          ×
        </button>
      </header>
      <BasicsFields doc={doc} touchpoint={touchpoint} update={update} />
      <MotFields touchpoint={touchpoint} update={update} />
      <ServqualFields servqual={touchpoint.servqual} update={update} />
      <InspectorSection title={t('editor.section.scripts')} className="script-editors">
        <StandardsEditor standards={touchpoint.standards} lang={lang} onChange={(standards) => update({ standards })} />
        <ScriptLinesEditor touchpointId={id} lines={touchpoint.scriptLines} phrases={doc.phrases} locale={lang} onChange={(scriptLines) => update({ scriptLines })} />
        <PhrasesToAvoidField phrases={touchpoint.phrasesToAvoid} lang={lang} onChange={(phrasesToAvoid) => update({ phrasesToAvoid })} />
      </InspectorSection>
      <InspectorSection title={t('editor.section.care')}>
        <TextField label={t('editor.tp.delight')} hint={t('editor.tp.delightHint')} multiline value={touchpoint.delight} maxLength={5000} lang={lang} onChange={(delight) => update({ delight })} />
        <TextField label={t('editor.tp.risk')} hint={t('editor.tp.riskHint')} multiline value={touchpoint.risk} maxLength={5000} lang={lang} onChange={(risk) => update({ risk })} />
        <TextField label={t('editor.tp.recovery')} hint={t('editor.tp.recoveryHint')} multiline value={touchpoint.recovery} maxLength={5000} lang={lang} onChange={(recovery) => update({ recovery })} />
        <RecoveryStepsFields steps={touchpoint.recoverySteps} lang={lang} onChange={(recoverySteps) => update({ recoverySteps })} />
        <TextField label={t('editor.tp.expectation')} hint={t('editor.tp.expectationHint')} multiline value={touchpoint.expectation} maxLength={5000} lang={lang} onChange={(expectation) => update({ expectation })} />
        <TextField label={t('editor.tp.notes')} multiline value={touchpoint.notes} maxLength={10_000} lang={lang} onChange={(notes) => update({ notes })} />
      </InspectorSection>
      <ConnectionsSection session={session} doc={doc} touchpoint={touchpoint} />
      <div className="inspector-footer">
        <button type="button" className="danger" onClick={() => removeTouchpointAndSelectNeighbour(session, id, { focusCard: true })}>
          {t('editor.tp.delete')}
        </button>
        <p className="field-hint">{t('editor.inspector.keyboardHint')}</p>
      </div>
    </div>
  )
}
