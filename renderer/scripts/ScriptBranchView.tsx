/** An alternative path of the script, indented under the touchpoint it leaves, with where it ends. */
import type { ReactNode } from 'react'
import { touchpointName } from '../editor/format'
import { useT } from '../i18n/useT'
import type { ScriptBranch, ScriptEntry } from './scriptOutline'

export function ScriptBranchView({ branch, renderEntry }: { branch: ScriptBranch; renderEntry: (entry: ScriptEntry) => ReactNode }) {
  const t = useT()
  const label = branch.edge.label.trim() ? t('scripts.view.branch', { label: branch.edge.label.trim() }) : t('scripts.view.branchUnlabelled')
  const target = branch.continuesAt ? touchpointName(t, branch.continuesAt.title) : ''
  const end =
    branch.entries.length === 0
      ? t('scripts.view.skipsTo', { title: target })
      : !branch.continuesAt
        ? t('scripts.view.endsHere')
        : branch.rejoinsMain
          ? t('scripts.view.rejoins', { title: target })
          : t('scripts.view.continuesAt', { title: target })
  return (
    <div className="script-branch" role="group" aria-label={label}>
      <p className="script-branch-label">
        <span aria-hidden="true">↳ </span>
        {label}
      </p>
      {branch.entries.map(renderEntry)}
      <p className="script-branch-end muted">
        <span aria-hidden="true">⤴ </span>
        {end}
      </p>
    </div>
  )
}
