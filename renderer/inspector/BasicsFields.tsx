/** Where a touchpoint sits and who owns it: title, stage, lane, channel, role. */
import { useId, useRef } from 'react'
import type { TouchpointChanges } from '../../shared/commands/touchpoint'
import type { MessageKey } from '../../shared/i18n/translate'
import { bySortKey } from '../../shared/model/order'
import type { JourneyDocument, Touchpoint } from '../../shared/model/schema'
import { stageName } from '../editor/format'
import { useFocusRequest } from '../editor/selection'
import { useT } from '../i18n/useT'
import { SelectField, TextField } from './fields'

const CHANNEL_SUGGESTIONS: readonly MessageKey[] = [
  'editor.channel.store',
  'editor.channel.hotline',
  'editor.channel.outboundCall',
  'editor.channel.messaging',
  'editor.channel.onSite',
  'editor.channel.online',
]

const ROLE_SUGGESTIONS: readonly MessageKey[] = [
  'editor.role.salesAssociate',
  'editor.role.storeManager',
  'editor.role.customerService',
  'editor.role.accountManager',
  'editor.role.designer',
]

interface BasicsFieldsProps {
  doc: JourneyDocument
  touchpoint: Touchpoint
  update: (changes: TouchpointChanges) => void
}

export function BasicsFields({ doc, touchpoint, update }: BasicsFieldsProps) {
  const t = useT()
  const channelListId = useId()
  const roleListId = useId()
  const titleRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  useFocusRequest({ kind: 'touchpointTitle', id: touchpoint.id }, titleRef)
  const stages = bySortKey(Object.values(doc.stages))
  const lanes = bySortKey(Object.values(doc.lanes))
  return (
    <div className="inspector-basics">
      <TextField
        className="tp-title-field"
        label={t('editor.tp.title')}
        value={touchpoint.title}
        maxLength={300}
        inputRef={titleRef}
        lang={doc.meta.locale}
        onChange={(title) => update({ title })}
      />
      <div className="field-pair">
        <SelectField
          label={t('editor.tp.stage')}
          value={touchpoint.stageId}
          options={stages.map((stage) => ({ value: stage.id, label: stageName(t, stage.name) }))}
          onChange={(stageId) => update({ stageId })}
        />
        <SelectField
          label={t('editor.tp.lane')}
          value={touchpoint.laneId}
          options={lanes.map((lane) => ({ value: lane.id, label: lane.name || t(`lane.${lane.kind}`) }))}
          onChange={(laneId) => update({ laneId })}
        />
      </div>
      <div className="field-pair">
        <TextField label={t('editor.tp.channel')} value={touchpoint.channel} maxLength={100} list={channelListId} onChange={(channel) => update({ channel })} />
        <TextField label={t('editor.tp.role')} value={touchpoint.role} maxLength={100} list={roleListId} onChange={(role) => update({ role })} />
      </div>
      <datalist id={channelListId}>
        {CHANNEL_SUGGESTIONS.map((key) => (
          <option key={key} value={t(key)} />
        ))}
      </datalist>
      <datalist id={roleListId}>
        {ROLE_SUGGESTIONS.map((key) => (
          <option key={key} value={t(key)} />
        ))}
      </datalist>
    </div>
  )
}
