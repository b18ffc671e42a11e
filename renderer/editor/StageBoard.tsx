/** The stages as columns, left to right in journey order (scrolls sideways), and "Add stage". */
import { useMemo } from 'react'
import { bySortKey } from '../../shared/model/order'
import type { JourneyDocument, Touchpoint } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { addStageAtEnd } from './editorActions'
import { StageColumn } from './StageColumn'
import { BOARD_KEYS_ATTRIBUTE } from './useEditorKeyboard'

const NO_TOUCHPOINTS: readonly Touchpoint[] = []

/** Each stage's touchpoints in document order (within a stage that is sort-key order). */
function touchpointsByStage(touchpoints: JourneyDocument['touchpoints']): Map<string, Touchpoint[]> {
  const byStage = new Map<string, Touchpoint[]>()
  for (const touchpoint of bySortKey(Object.values(touchpoints))) {
    const list = byStage.get(touchpoint.stageId)
    if (list) list.push(touchpoint)
    else byStage.set(touchpoint.stageId, [touchpoint])
  }
  return byStage
}

export function StageBoard({ session, doc, selectedId }: { session: DocumentSession; doc: JourneyDocument; selectedId: string | null }) {
  const t = useT()
  const { stages: stageRecords, lanes, touchpoints } = doc
  const stages = useMemo(() => bySortKey(Object.values(stageRecords)), [stageRecords])
  const byStage = useMemo(() => touchpointsByStage(touchpoints), [touchpoints])
  const laneNames = useMemo(() => new Map(Object.values(lanes).map((lane) => [lane.id, lane.name])), [lanes])
  const canAddTouchpoint = Object.keys(lanes).length > 0
  const selectedStageId = selectedId ? touchpoints[selectedId]?.stageId : undefined
  return (
    <section className="stage-board" aria-label={t('editor.board.label')} {...{ [BOARD_KEYS_ATTRIBUTE]: '' }}>
      {stages.length === 0 && <p className="board-empty">{t('editor.board.empty')}</p>}
      <ol className="stage-list">
        {stages.map((stage, index) => (
          <li key={stage.id} className="stage-slot">
            <StageColumn
              session={session}
              stage={stage}
              index={index}
              stageCount={stages.length}
              touchpoints={byStage.get(stage.id) ?? NO_TOUCHPOINTS}
              laneNames={laneNames}
              selectedId={stage.id === selectedStageId ? selectedId : null}
              canAddTouchpoint={canAddTouchpoint}
              t={t}
            />
          </li>
        ))}
        <li className="stage-slot stage-slot-add">
          <button type="button" className="add-stage" aria-label={t('editor.stage.addLabel')} onClick={() => addStageAtEnd(session)}>
            {t('editor.stage.add')}
          </button>
        </li>
      </ol>
    </section>
  )
}
