/**
 * How each collection of the document maps onto tables: one row per record in its own table, plus
 * child tables for its lists (a touchpoint's SERVQUAL tags, standards and script lines; a
 * scorecard's dimension weights; an indicator's touchpoints). Declarative, so the repository writes
 * and reads every collection the same way.
 */
import type { CollectionName, RecordTypes, ServqualDimension } from '../../../shared/model/schema'
import { EMPTY_RECOVERY_STEPS } from '../../../shared/model/script'

export type Row = Record<string, unknown>
const bool = (value: unknown) => value === 1
const int = (value: boolean) => (value ? 1 : 0)

/** A list kept in a child table keyed by the parent's id, read back in `orderBy` order. */
export interface ChildTable<R> {
  table: string
  parentColumn: string
  /** Columns after the parent id. */
  columns: string[]
  orderBy: string
  rowsOf(record: R): unknown[][]
  /** Adds one child row to the raw record being read: the parent id, then the values in `columns` order. */
  attach(raw: Row, row: unknown[]): void
}

export interface RecordTable<R> {
  table: string
  columns: string[]
  toRow(record: R): Row
  /**
   * A raw record from a row; lists start empty and are filled by the child tables. Keys in the
   * schema's order, so the reader can keep the record as it is (see shared/model/quickAccept.ts).
   */
  fromRow(row: Row): Row
  children: ChildTable<R>[]
}

type Tables = { [C in CollectionName]: RecordTable<RecordTypes[C]> }

const list = <R>(table: string, parentColumn: string, read: (raw: Row) => unknown[], rowsOf: (record: R) => unknown[][]): ChildTable<R> => ({
  table,
  parentColumn,
  columns: ['position', 'text'],
  orderBy: `${parentColumn}, position`,
  rowsOf,
  attach: (raw, [, , text]) => read(raw).push(text),
})

export const RECORD_TABLES: Tables = {
  phrases: {
    table: 'phrase',
    columns: ['id', 'sort_key', 'category', 'text'],
    toRow: (p) => ({ id: p.id, sort_key: p.sortKey, category: p.category, text: p.text }),
    fromRow: (r) => ({ id: r.id, category: r.category, text: r.text, sortKey: r.sort_key }),
    children: [],
  },
  acceptedFindings: {
    table: 'accepted_finding',
    columns: ['id', 'sort_key', 'finding_key', 'reason', 'accepted_at'],
    toRow: (a) => ({ id: a.id, sort_key: a.sortKey, finding_key: a.findingKey, reason: a.reason, accepted_at: a.acceptedAt }),
    fromRow: (r) => ({ id: r.id, findingKey: r.finding_key, reason: r.reason, acceptedAt: r.accepted_at, sortKey: r.sort_key }),
    children: [],
  },
  stages: {
    table: 'stage',
    columns: ['id', 'sort_key', 'name'],
    toRow: (s) => ({ id: s.id, sort_key: s.sortKey, name: s.name }),
    fromRow: (r) => ({ id: r.id, name: r.name, sortKey: r.sort_key }),
    children: [],
  },
  lanes: {
    table: 'lane',
    columns: ['id', 'sort_key', 'kind', 'name'],
    toRow: (l) => ({ id: l.id, sort_key: l.sortKey, kind: l.kind, name: l.name }),
    fromRow: (r) => ({ id: r.id, kind: r.kind, name: r.name, sortKey: r.sort_key }),
    children: [],
  },
  touchpoints: {
    table: 'touchpoint',
    columns: [
      'id', 'stage_id', 'lane_id', 'sort_key', 'title', 'channel', 'role', 'is_mot', 'mot_family', 'importance', 'is_peak',
      'is_end', 'emotion', 'delight', 'risk', 'recovery', 'expectation', 'notes', 'x', 'y',
    ],
    toRow: (t) => ({
      id: t.id, stage_id: t.stageId, lane_id: t.laneId, sort_key: t.sortKey, title: t.title, channel: t.channel,
      role: t.role, is_mot: int(t.isMot), mot_family: t.motFamily, importance: t.importance, is_peak: int(t.isPeak),
      is_end: int(t.isEnd), emotion: t.emotion, delight: t.delight, risk: t.risk, recovery: t.recovery,
      expectation: t.expectation, notes: t.notes, x: t.x, y: t.y,
    }),
    fromRow: (r) => ({
      id: r.id, stageId: r.stage_id, laneId: r.lane_id, sortKey: r.sort_key, title: r.title, channel: r.channel,
      role: r.role, isMot: bool(r.is_mot), motFamily: r.mot_family, importance: r.importance, isPeak: bool(r.is_peak),
      isEnd: bool(r.is_end), emotion: r.emotion, servqual: [], standards: [], scriptLines: [], phrasesToAvoid: [],
      delight: r.delight, risk: r.risk, recovery: r.recovery, recoverySteps: { ...EMPTY_RECOVERY_STEPS },
      expectation: r.expectation, notes: r.notes, x: r.x, y: r.y,
    }),
    children: [
      {
        table: 'touchpoint_servqual',
        parentColumn: 'touchpoint_id',
        columns: ['dimension'],
        // Tags come back in the order they were written.
        orderBy: 'rowid',
        rowsOf: (t) => [...new Set(t.servqual)].map((dimension) => [dimension]),
        attach: (raw, [, dimension]) => (raw.servqual as unknown[]).push(dimension),
      },
      {
        table: 'service_standard',
        parentColumn: 'touchpoint_id',
        columns: ['position', 'text', 'time_limit'],
        orderBy: 'touchpoint_id, position',
        rowsOf: (t) => t.standards.map((standard, index) => [index, standard.text, standard.timeLimit]),
        attach: (raw, [, , text, timeLimit]) => (raw.standards as unknown[]).push({ text, timeLimit }),
      },
      {
        table: 'script_line',
        parentColumn: 'touchpoint_id',
        columns: ['position', 'speaker', 'text', 'tone', 'phrase_id'],
        orderBy: 'touchpoint_id, position',
        rowsOf: (t) => t.scriptLines.map((line, index) => [index, line.speaker, line.text, line.tone, line.phraseId]),
        attach: (raw, [, , speaker, text, tone, phraseId]) => (raw.scriptLines as unknown[]).push({ speaker, text, phraseId, alternatives: [], tone }),
      },
      {
        // After script_line, so each alternative finds its line.
        table: 'script_alternative',
        parentColumn: 'touchpoint_id',
        columns: ['line_position', 'position', 'customer_type', 'text'],
        orderBy: 'touchpoint_id, line_position, position',
        rowsOf: (t) => t.scriptLines.flatMap((line, lineIndex) => line.alternatives.map((alternative, index) => [lineIndex, index, alternative.customerType, alternative.text])),
        attach: (raw, [, linePosition, , customerType, text]) => {
          const line = (raw.scriptLines as { alternatives: unknown[] }[])[Number(linePosition)]
          line?.alternatives.push({ customerType, text })
        },
      },
      list('touchpoint_avoid_phrase', 'touchpoint_id', (raw) => raw.phrasesToAvoid as unknown[], (t) => t.phrasesToAvoid.map((text, index) => [index, text])),
      {
        table: 'recovery_step',
        parentColumn: 'touchpoint_id',
        columns: ['step', 'text'],
        orderBy: 'touchpoint_id, step',
        rowsOf: (t) => Object.entries(t.recoverySteps).filter(([, text]) => text !== '').map(([step, text]) => [step, text]),
        attach: (raw, [, step, text]) => {
          ;(raw.recoverySteps as Record<string, unknown>)[String(step)] = text
        },
      },
    ],
  },
  edges: {
    table: 'edge',
    columns: ['id', 'sort_key', 'source_id', 'target_id', 'kind', 'label'],
    toRow: (e) => ({ id: e.id, sort_key: e.sortKey, source_id: e.sourceId, target_id: e.targetId, kind: e.kind, label: e.label }),
    fromRow: (r) => ({ id: r.id, sourceId: r.source_id, targetId: r.target_id, kind: r.kind, label: r.label, sortKey: r.sort_key }),
    children: [],
  },
  personas: {
    table: 'persona',
    columns: ['id', 'sort_key', 'name', 'tier', 'note'],
    toRow: (p) => ({ id: p.id, sort_key: p.sortKey, name: p.name, tier: p.tier, note: p.note }),
    fromRow: (r) => ({ id: r.id, name: r.name, tier: r.tier, note: r.note, sortKey: r.sort_key }),
    children: [],
  },
  scorecards: {
    table: 'scorecard',
    columns: ['id', 'sort_key', 'name', 'post', 'weighting', 'description'],
    toRow: (c) => ({ id: c.id, sort_key: c.sortKey, name: c.name, post: c.post, weighting: c.weighting, description: c.description }),
    fromRow: (r) => ({ id: r.id, sortKey: r.sort_key, name: r.name, post: r.post, weighting: r.weighting, description: r.description, dimensionWeights: {} }),
    children: [
      {
        table: 'scorecard_dimension',
        parentColumn: 'scorecard_id',
        columns: ['dimension', 'weight'],
        orderBy: 'scorecard_id, dimension',
        rowsOf: (c) => Object.entries(c.dimensionWeights).map(([dimension, weight]) => [dimension, weight]),
        attach: (raw, [, dimension, weight]) => {
          ;(raw.dimensionWeights as Partial<Record<ServqualDimension, unknown>>)[dimension as ServqualDimension] = weight
        },
      },
    ],
  },
  indicators: {
    table: 'indicator',
    columns: ['id', 'scorecard_id', 'sort_key', 'name', 'description', 'dimension', 'weight', 'scale_kind', 'scale_min', 'scale_max'],
    toRow: (i) => ({
      id: i.id, scorecard_id: i.scorecardId, sort_key: i.sortKey, name: i.name, description: i.description, dimension: i.dimension,
      weight: i.weight, scale_kind: i.scale.kind, scale_min: i.scale.kind === 'range' ? i.scale.min : null,
      scale_max: i.scale.kind === 'range' ? i.scale.max : null,
    }),
    fromRow: (r) => ({
      id: r.id, scorecardId: r.scorecard_id, sortKey: r.sort_key, name: r.name, description: r.description, dimension: r.dimension,
      weight: r.weight, scale: r.scale_kind === 'range' ? { kind: 'range', min: r.scale_min, max: r.scale_max } : { kind: r.scale_kind },
      touchpointIds: [],
    }),
    children: [
      {
        table: 'indicator_touchpoint',
        parentColumn: 'indicator_id',
        columns: ['touchpoint_id', 'position'],
        orderBy: 'indicator_id, position',
        rowsOf: (i) => [...new Set(i.touchpointIds)].map((id, index) => [id, index]),
        attach: (raw, [, touchpointId]) => (raw.touchpointIds as unknown[]).push(touchpointId),
      },
    ],
  },
}
