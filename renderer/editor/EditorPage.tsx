/** The journey editor: toolbar, then the journey itself. */
import type { DocumentSession } from '../state/documentSession'
import { Toolbar } from './Toolbar'

export function EditorPage({ session }: { session: DocumentSession }) {
  return (
    <div className="editor">
      <Toolbar session={session} />
    </div>
  )
}
