/**
 * The methods.md §2 worked example as a journey: one two-level scorecard (tangibles 15, reliability
 * 25, responsiveness 20, assurance 20, empathy 20) with Chinese indicator names, two audits (the
 * worked audit, index 76.30, and the same with "promises" N/A, 78.80) and 20 survey responses
 * (10 promoters, 5 passives, 5 detractors → NPS 25, §5) with a few SERVQUAL answers.
 */
import type Database from 'better-sqlite3'
import { join } from 'node:path'
import { createJourney, makeTouchpoint } from '../../../shared/model/factory'
import type { JourneyDocument, Locale, ServqualDimension } from '../../../shared/model/schema'
import type { Audit, Indicator, Scale, Score, Scorecard } from '../../../shared/model/scorecard'
import { WorkingCopy } from '../../../electron/services/document/workingCopy'

const YES_NO: Scale = { kind: 'yesNo' }
const range = (min: number, max: number): Scale => ({ kind: 'range', min, max })

export const CARD_ID = 'card_worked'

export const WORKED_CARD: Scorecard = {
  id: CARD_ID,
  name: '导购服务考核表',
  post: '导购',
  weighting: 'twoLevel',
  dimensionWeights: { tangibles: 15, reliability: 25, responsiveness: 20, assurance: 20, empathy: 20 },
  description: '门店导购的月度检查',
  sortKey: 'V',
}

const indicator = (id: string, name: string, dimension: ServqualDimension, weight: number, scale: Scale, sortKey: string): Indicator => ({
  id,
  scorecardId: CARD_ID,
  name,
  description: `${name}的检查要点`,
  dimension,
  weight,
  scale,
  touchpointIds: [],
  sortKey,
})

export const WORKED_INDICATORS: Indicator[] = [
  indicator('appearance', '仪容仪表', 'tangibles', 60, YES_NO, 'a0'),
  indicator('display', '商品陈列', 'tangibles', 40, range(1, 5), 'a1'),
  indicator('promises', '兑现承诺', 'reliability', 50, range(0, 10), 'a2'),
  indicator('productInfo', '产品介绍准确', 'reliability', 50, range(1, 5), 'a3'),
  indicator('greet', '主动问候', 'responsiveness', 40, YES_NO, 'a4'),
  indicator('wait', '等候时间', 'responsiveness', 60, range(0, 10), 'a5'),
  indicator('answers', '专业解答', 'assurance', 70, range(1, 5), 'a6'),
  indicator('polite', '礼貌用语', 'assurance', 30, YES_NO, 'a7'),
  indicator('needs', '了解需求', 'empathy', 50, range(1, 5), 'a8'),
  indicator('farewell', '送别致谢', 'empathy', 50, YES_NO, 'a9'),
]

/** yes, 4, 8, 5, yes, 9, 4, yes, 3, no. */
export const WORKED_VALUES: Record<string, number | null> = {
  appearance: 1,
  display: 4,
  promises: 8,
  productInfo: 5,
  greet: 1,
  wait: 9,
  answers: 4,
  polite: 1,
  needs: 3,
  farewell: 0,
}

export const AUDITS: Audit[] = [
  { id: 'A-0001', scorecardId: CARD_ID, date: '2025-03-14', store: '旗舰店', post: '导购', auditor: '李明', source: 'audit', comment: '' },
  { id: 'A-0002', scorecardId: CARD_ID, date: '2025-04-02', store: '东城店', post: '导购', auditor: '王芳', source: 'mysteryShopper', comment: '' },
]

export const SCORES: Score[] = [
  ...Object.entries(WORKED_VALUES).map(([indicatorId, value]) => ({ auditId: 'A-0001', indicatorId, value, comment: '' })),
  ...Object.entries({ ...WORKED_VALUES, promises: null }).map(([indicatorId, value]) => ({ auditId: 'A-0002', indicatorId, value, comment: '' })),
]

export const INDEX_1 = 76.3
export const INDEX_2 = 78.8

export function workedJourney(locale: Locale = 'zh-CN', overrides: { card?: Partial<Scorecard>; indicators?: Indicator[] } = {}): JourneyDocument {
  const doc = createJourney({ locale, title: '门店服务旅程' })
  const stage = Object.values(doc.stages)[0]!
  const lane = Object.values(doc.lanes).find((candidate) => candidate.kind === 'frontstage')!
  const welcome = makeTouchpoint({ stageId: stage.id, laneId: lane.id, sortKey: 'V', title: '门口迎宾' })
  doc.touchpoints[welcome.id] = welcome
  doc.scorecards[CARD_ID] = { ...WORKED_CARD, ...overrides.card }
  for (const item of overrides.indicators ?? WORKED_INDICATORS) {
    doc.indicators[item.id] = item.id === 'greet' ? { ...item, touchpointIds: [welcome.id] } : item
  }
  return doc
}

/** Writes audits, scores and survey responses straight into the data tables of migration 0002. */
export function insertData(db: Database.Database, audits: readonly Audit[] = AUDITS, scores: readonly Score[] = SCORES): void {
  db.transaction(() => {
    const audit = db.prepare('INSERT INTO audit (id, scorecard_id, date, store, post, auditor, source, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    for (const row of audits) audit.run(row.id, row.scorecardId, row.date, row.store, row.post, row.auditor, row.source, row.comment)
    const score = db.prepare('INSERT INTO score (audit_id, indicator_id, value, comment) VALUES (?, ?, ?, ?)')
    for (const row of scores) score.run(row.auditId, row.indicatorId, row.value, row.comment)
    const response = db.prepare('INSERT INTO survey_response (id, date, store, recommend) VALUES (?, ?, ?, ?)')
    const answer = db.prepare('INSERT INTO survey_answer (response_id, item, expectation, perception) VALUES (?, ?, ?, ?)')
    const importance = db.prepare('INSERT INTO survey_importance (response_id, dimension, points) VALUES (?, ?, ?)')
    const recommends = [...Array(10).fill(9), ...Array(5).fill(7), ...Array(5).fill(3)] as number[]
    recommends.forEach((recommend, index) => {
      const id = `R-${String(index + 1).padStart(3, '0')}`
      response.run(id, '2025-03-20', '旗舰店', recommend)
      if (index < 2) {
        for (let item = 1; item <= 22; item++) answer.run(id, item, 6, index === 0 ? 5 : 6)
        for (const [dimension, points] of Object.entries({ tangibles: 10, reliability: 35, responsiveness: 20, assurance: 20, empathy: 15 })) importance.run(id, dimension, points)
      }
    })
  })()
}

/** A working copy holding the worked example, in `dir`. */
export function workedCopy(dir: string, locale: Locale = 'zh-CN'): { workingCopy: WorkingCopy; doc: JourneyDocument } {
  const workingCopy = WorkingCopy.create(join(dir, 'working.journey'))
  const doc = workedJourney(locale)
  workingCopy.writeDocument(doc, 1)
  insertData(workingCopy.db)
  return { workingCopy, doc }
}

/** A saved `.journey` file holding the worked example (for the CLI). */
export async function workedFile(dir: string, name = '门店旅程.journey'): Promise<string> {
  const { workingCopy } = workedCopy(dir)
  const path = join(dir, name)
  await workingCopy.saveTo(path, { created_with: 'test' })
  workingCopy.destroy()
  return path
}
