/**
 * A touchpoint's connections: where it leads (kind, label, remove), where it comes from, and
 * "connect to…" a further touchpoint on the main path or an alternative.
 */
import { memo, useMemo, useState } from 'react'
import { connectTouchpoints, removeEdges, updateEdge } from '../../shared/commands/edge'
import { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { newId } from '../../shared/model/ids'
import { bySortKey } from '../../shared/model/order'
import { EDGE_KINDS, type Edge, type EdgeKind, type JourneyDocument, type Touchpoint } from '../../shared/model/schema'
import { stageName, touchpointName } from '../editor/format'
import { selectAndFocusCard } from '../editor/selection'
import { useT, type Translate } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { SETTLE_MS, useSettledValue } from '../state/useSettledValue'
import { InspectorSection, SelectField, TextField } from './fields'

interface ConnectionsSectionProps {
  session: DocumentSession
  doc: JourneyDocument
  touchpoint: Touchpoint
}

export function ConnectionsSection({ session, doc, touchpoint }: ConnectionsSectionProps) {
  const t = useT()
  const edges = useMemo(() => bySortKey(Object.values(doc.edges)), [doc.edges])
  const outgoing = edges.filter((edge) => edge.sourceId === touchpoint.id)
  const incoming = edges.filter((edge) => edge.targetId === touchpoint.id)
  const nameOf = (id: string) => touchpointName(t, doc.touchpoints[id]?.title ?? '')
  const kindOptions = EDGE_KINDS.map((kind) => ({ value: kind, label: t(`edge.${kind}`) }))
  return (
    <InspectorSection title={t('editor.conn.heading')} className="connections">
      <h4>{t('editor.conn.outgoing')}</h4>
      {outgoing.length === 0 ? (
        <p className="muted">{t('editor.conn.none')}</p>
      ) : (
        <ul className="connection-list">
          {outgoing.map((edge) => (
            <OutgoingConnection key={edge.id} session={session} edge={edge} targetName={nameOf(edge.targetId)} kindOptions={kindOptions} t={t} />
          ))}
        </ul>
      )}
      <h4>{t('editor.conn.incoming')}</h4>
      {incoming.length === 0 ? (
        <p className="muted">{t('editor.conn.none')}</p>
      ) : (
        <ul className="connection-list">
          {incoming.map((edge) => (
            <li key={edge.id} className="connection incoming">
              <button type="button" className="link" aria-label={t('editor.conn.goTo', { title: nameOf(edge.sourceId) })} onClick={() => selectAndFocusCard(edge.sourceId)}>
                ← {nameOf(edge.sourceId)}
              </button>
              <span className={`edge-kind edge-kind-${edge.kind}`}>{t(`edge.${edge.kind}`)}</span>
              {edge.label && <span className="muted"> · {edge.label}</span>}
            </li>
          ))}
        </ul>
      )}
      <ConnectForm session={session} doc={doc} touchpoint={touchpoint} outgoing={outgoing} kindOptions={kindOptions} />
    </InspectorSection>
  )
}

interface OutgoingConnectionProps {
  session: DocumentSession
  edge: Edge
  targetName: string
  kindOptions: { value: string; label: string }[]
  t: Translate
}

function OutgoingConnection({ session, edge, targetName, kindOptions, t }: OutgoingConnectionProps) {
  return (
    <li className={`connection edge-${edge.kind}`}>
      <div className="connection-target">
        <button type="button" className="link" aria-label={t('editor.conn.goTo', { title: targetName })} onClick={() => selectAndFocusCard(edge.targetId)}>
          → {targetName}
        </button>
        <button type="button" className="icon-button danger" aria-label={t('editor.conn.remove', { title: targetName })} title={t('editor.conn.remove', { title: targetName })} onClick={() => session.dispatch(removeEdges, { ids: [edge.id] })}>
          ×
        </button>
      </div>
      <div className="field-pair">
        <SelectField
          label={t('editor.conn.kind', { title: targetName })}
          hideLabel
          value={edge.kind}
          options={kindOptions}
          onChange={(kind) => session.dispatch(updateEdge, { id: edge.id, changes: { kind: kind as EdgeKind } })}
        />
        <TextField
          label={t('editor.conn.label', { title: targetName })}
          hideLabel
          value={edge.label}
          placeholder={t('editor.conn.labelPlaceholder')}
          maxLength={200}
          onChange={(label) => session.dispatch(updateEdge, { id: edge.id, changes: { label } })}
        />
      </div>
    </li>
  )
}

/** The target menu lists every other card: memoised, so typing elsewhere never re-renders its options. */
const TargetSelect = memo(SelectField)

interface ConnectFormProps {
  session: DocumentSession
  doc: JourneyDocument
  touchpoint: Touchpoint
  outgoing: Edge[]
  kindOptions: { value: string; label: string }[]
}

function ConnectForm({ session, doc, touchpoint, outgoing, kindOptions }: ConnectFormProps) {
  const t = useT()
  const [targetId, setTargetId] = useState('')
  // A second main edge would fork the main path, so "alternative" is offered once one leaves here.
  const [chosenKind, setKind] = useState<EdgeKind | null>(null)
  const kind = chosenKind ?? (outgoing.some((edge) => edge.kind === 'main') ? 'alternative' : 'main')
  // The menu follows the document once it has settled: sorting and naming thousands of cards must
  // not hold up a keystroke in this card's fields (its own title is not in the menu anyway).
  const listed = useSettledValue(doc, SETTLE_MS)
  const connectedKey = outgoing.map((edge) => edge.targetId).join(' ')
  const candidates = useMemo(() => {
    const connected = new Set(connectedKey.split(' '))
    return touchpointsInDocumentOrder(listed).filter((other) => other.id !== touchpoint.id && !connected.has(other.id))
  }, [listed, touchpoint.id, connectedKey])
  const targetOptions = useMemo(
    () => [
      { value: '', label: t('editor.conn.chooseTarget') },
      ...candidates.map((candidate) => ({
        value: candidate.id,
        label: `${stageName(t, listed.stages[candidate.stageId]?.name ?? '')} · ${touchpointName(t, candidate.title)}`,
      })),
    ],
    [candidates, listed, t],
  )
  if (candidates.length === 0) return <p className="muted">{t('editor.conn.allConnected')}</p>
  const chosen = candidates.some((candidate) => candidate.id === targetId) ? targetId : ''
  const connect = () => {
    if (!chosen) return
    if (session.dispatch(connectTouchpoints, { id: newId('ed'), sourceId: touchpoint.id, targetId: chosen, kind })) {
      setTargetId('')
      setKind(null)
    }
  }
  return (
    <div className="connect-form">
      <TargetSelect label={t('editor.conn.target')} value={chosen} options={targetOptions} onChange={setTargetId} />
      <SelectField label={t('editor.conn.newKind')} value={kind} options={kindOptions} onChange={(value) => setKind(value as EdgeKind)} />
      <button type="button" className="primary" disabled={!chosen} onClick={connect}>
        {t('editor.conn.add')}
      </button>
    </div>
  )
}
