/**
 * Accepting a lint finding: "Accept…" asks for the reason (kept in the file, so the whole team and
 * the next workshop see why); an accepted finding shows "Accepted: reason" with "Undo acceptance".
 */
import { acceptFinding, unacceptFinding } from '../../shared/commands/script'
import { newId } from '../../shared/model/ids'
import { showDialog } from '../app/appStore'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'

/** Asks for a reason, then accepts the finding with it (nothing happens when the dialog is cancelled). */
export async function acceptWithReason(session: DocumentSession, findingKey: string): Promise<void> {
  const reason = await showDialog({ kind: 'prompt', title: { key: 'scripts.accept.title' }, label: { key: 'scripts.accept.reason' }, initial: '' })
  if (!reason) return
  session.editor.breakMerge()
  session.dispatch(acceptFinding, { id: newId('af'), findingKey, reason, acceptedAt: new Date().toISOString() })
}

export function undoAcceptance(session: DocumentSession, findingKey: string): void {
  session.editor.breakMerge()
  session.dispatch(unacceptFinding, { findingKey })
}

/**
 * "Accept…", described by the finding it accepts (its name stays short, so the finding's own text
 * names only the finding).
 */
export function AcceptButton({ session, findingKey, text }: { session: DocumentSession; findingKey: string; text: string }) {
  const t = useT()
  return (
    <button type="button" className="small accept-finding" aria-description={t('scripts.finding.acceptLabel', { text })} onClick={() => void acceptWithReason(session, findingKey)}>
      {t('scripts.finding.accept')}
    </button>
  )
}

/** "Accepted: reason" and "Undo acceptance". */
export function AcceptedNote({ session, findingKey, text, reason }: { session: DocumentSession; findingKey: string; text: string; reason: string }) {
  const t = useT()
  return (
    <span className="accepted-note">
      <span className="accepted-reason">{t('scripts.finding.accepted', { reason })}</span>{' '}
      <button type="button" className="link small" aria-description={t('scripts.finding.unacceptLabel', { text })} onClick={() => undoAcceptance(session, findingKey)}>
        {t('scripts.finding.unaccept')}
      </button>
    </span>
  )
}
