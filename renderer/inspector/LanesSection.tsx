/** The service-blueprint lanes' names (customer actions, frontstage, backstage, support). */
import { renameLane } from '../../shared/commands/stage'
import { bySortKey } from '../../shared/model/order'
import type { JourneyDocument } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { InspectorSection, TextField } from './fields'

export function LanesSection({ session, lanes }: { session: DocumentSession; lanes: JourneyDocument['lanes'] }) {
  const t = useT()
  return (
    <InspectorSection title={t('editor.lanes.heading')}>
      <p className="field-hint">{t('editor.lanes.hint')}</p>
      {bySortKey(Object.values(lanes)).map((lane) => (
        <TextField
          key={lane.id}
          label={t('editor.lanes.name', { kind: t(`lane.${lane.kind}`) })}
          value={lane.name}
          maxLength={200}
          onChange={(name) => session.dispatch(renameLane, { id: lane.id, name })}
        />
      ))}
    </InspectorSection>
  )
}
