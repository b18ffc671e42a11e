/** The open document session, for editor components deep in the tree (set once by EditorPage). */
import { createContext, useContext } from 'react'
import type { DocumentSession } from '../state/documentSession'

export const SessionContext = createContext<DocumentSession | null>(null)

export function useSession(): DocumentSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession: no SessionContext above this component')
  return session
}
