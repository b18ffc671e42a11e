import { describe, expect, it } from 'vitest'
import { commands } from '../../../../shared/commands/registry'
import { acceptedReasons, phraseUseCounts } from '../../../../shared/commands/script'
import { CommandError } from '../../../../shared/commands/types'
import { JourneyEditor } from '../../../../shared/editor/journeyEditor'
import { lintJourney } from '../../../../shared/lint/engine'
import { bySortKey } from '../../../../shared/model/order'
import { staffLine, type ScriptLine } from '../../../../shared/model/script'
import type { JourneyDocument } from '../../../../shared/model/schema'
import { journeyWithPath } from '../../../helpers/builders'

function setup() {
  let clock = 0
  const doc = journeyWithPath([
    { title: 'Greeting at the door', isMot: true, scriptLines: ['Welcome!'] },
    { title: 'Quote', scriptLines: [] },
    { title: 'Farewell', isEnd: true, scriptLines: ['Here is your receipt.'] },
  ])
  const editor = new JourneyEditor(doc, { now: () => (clock += 100) })
  const [greeting, quote, farewell] = bySortKey(Object.values(doc.touchpoints))
  return { editor, greeting: greeting!.id, quote: quote!.id, farewell: farewell!.id }
}

const lines = (doc: JourneyDocument, id: string): ScriptLine[] => doc.touchpoints[id]!.scriptLines

describe('phrase library commands', () => {
  it('addPhrase adds a phrase last in the library; a duplicate id is refused', () => {
    const { editor } = setup()
    editor.dispatch(commands.addPhrase, { id: 'ph_a', category: 'greeting', text: '您好，欢迎光临！' })
    editor.dispatch(commands.addPhrase, { id: 'ph_b', category: 'farewell', text: '慢走，欢迎再来！' })
    expect(bySortKey(Object.values(editor.doc.phrases)).map((phrase) => [phrase.id, phrase.category, phrase.text])).toEqual([
      ['ph_a', 'greeting', '您好，欢迎光临！'],
      ['ph_b', 'farewell', '慢走，欢迎再来！'],
    ])
    expect(() => editor.dispatch(commands.addPhrase, { id: 'ph_a', category: 'other', text: 'x' })).toThrow(CommandError)
  })

  it('insertPhraseIntoScript adds a staff line linked to the phrase, at the end or at an index', () => {
    const { editor, greeting, quote } = setup()
    editor.dispatch(commands.addPhrase, { id: 'ph_hello', category: 'greeting', text: 'Hello, welcome in!' })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: greeting, phraseId: 'ph_hello', index: 0 })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: quote, phraseId: 'ph_hello' })
    expect(lines(editor.doc, greeting)).toEqual([
      { speaker: 'staff', text: 'Hello, welcome in!', phraseId: 'ph_hello', alternatives: [], tone: '' },
      { ...staffLine('Welcome!') },
    ])
    expect(lines(editor.doc, quote)).toEqual([{ speaker: 'staff', text: 'Hello, welcome in!', phraseId: 'ph_hello', alternatives: [], tone: '' }])
    // An index past the end appends.
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: quote, phraseId: 'ph_hello', index: 99 })
    expect(lines(editor.doc, quote)).toHaveLength(2)
    expect(phraseUseCounts(editor.doc).get('ph_hello')).toBe(3)
  })

  it('insertPhraseIntoScript refuses a phrase to avoid, a missing phrase and a missing touchpoint', () => {
    const { editor, greeting } = setup()
    editor.dispatch(commands.addPhrase, { id: 'ph_no', category: 'avoid', text: '不知道' })
    expect(() => editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: greeting, phraseId: 'ph_no' })).toThrow(CommandError)
    expect(() => editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: greeting, phraseId: 'ph_nope' })).toThrow(CommandError)
    expect(() => editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: 'tp_nope', phraseId: 'ph_no' })).toThrow(CommandError)
    expect(lines(editor.doc, greeting)).toHaveLength(1)
  })

  it('updatePhrase changes every line that uses the phrase, in one step; undo restores every use', () => {
    const { editor, greeting, quote, farewell } = setup()
    editor.dispatch(commands.addPhrase, { id: 'ph_hello', category: 'greeting', text: 'Hello!' })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: greeting, phraseId: 'ph_hello' })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: quote, phraseId: 'ph_hello' })
    const before = editor.doc

    // Typing into the phrase: several keystrokes merge into one undo step.
    editor.breakMerge()
    editor.dispatch(commands.updatePhrase, { id: 'ph_hello', changes: { text: 'Hello, w' } })
    editor.dispatch(commands.updatePhrase, { id: 'ph_hello', changes: { text: 'Hello, welcome in!' } })
    expect(editor.doc.phrases.ph_hello!.text).toBe('Hello, welcome in!')
    expect(lines(editor.doc, greeting).map((line) => line.text)).toEqual(['Welcome!', 'Hello, welcome in!'])
    expect(lines(editor.doc, quote).map((line) => line.text)).toEqual(['Hello, welcome in!'])
    // Lines that are not linked keep their text, even when it was the same.
    expect(lines(editor.doc, farewell).map((line) => line.text)).toEqual(['Here is your receipt.'])

    editor.undo()
    expect(editor.doc).toEqual(before)
    expect(lines(editor.doc, greeting)[1]!.text).toBe('Hello!')
    expect(lines(editor.doc, quote)[0]!.text).toBe('Hello!')
    editor.redo()
    expect(lines(editor.doc, quote)[0]!.text).toBe('Hello, welcome in!')
  })

  it('updatePhrase changes the category without touching the lines; a missing phrase is refused', () => {
    const { editor, greeting } = setup()
    editor.dispatch(commands.addPhrase, { id: 'ph_x', category: 'other', text: 'Thank you.' })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: greeting, phraseId: 'ph_x' })
    editor.dispatch(commands.updatePhrase, { id: 'ph_x', changes: { category: 'farewell' } })
    expect(editor.doc.phrases.ph_x!.category).toBe('farewell')
    expect(lines(editor.doc, greeting)[1]).toMatchObject({ text: 'Thank you.', phraseId: 'ph_x' })
    expect(() => editor.dispatch(commands.updatePhrase, { id: 'ph_nope', changes: { text: 'x' } })).toThrow(CommandError)
  })

  it('removePhrase leaves the lines with their text, unlinked; undo links them again', () => {
    const { editor, greeting, quote } = setup()
    editor.dispatch(commands.addPhrase, { id: 'ph_hello', category: 'greeting', text: 'Hello!' })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: greeting, phraseId: 'ph_hello' })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: quote, phraseId: 'ph_hello' })
    editor.dispatch(commands.removePhrase, { id: 'ph_hello' })
    expect(editor.doc.phrases.ph_hello).toBeUndefined()
    expect(lines(editor.doc, greeting)[1]).toMatchObject({ text: 'Hello!', phraseId: null })
    expect(lines(editor.doc, quote)[0]).toMatchObject({ text: 'Hello!', phraseId: null })
    editor.undo()
    expect(lines(editor.doc, quote)[0]).toMatchObject({ text: 'Hello!', phraseId: 'ph_hello' })
    expect(() => editor.dispatch(commands.removePhrase, { id: 'ph_nope' })).toThrow(CommandError)
  })

  it('updateTouchpoint unlinks a line whose text was edited, and a link to a phrase that does not exist', () => {
    const { editor, greeting } = setup()
    editor.dispatch(commands.addPhrase, { id: 'ph_hello', category: 'greeting', text: 'Hello!' })
    editor.dispatch(commands.insertPhraseIntoScript, { touchpointId: greeting, phraseId: 'ph_hello' })
    const current = lines(editor.doc, greeting)
    // Changing only the tone keeps the link.
    editor.dispatch(commands.updateTouchpoint, { id: greeting, changes: { scriptLines: current.map((line, index) => (index === 1 ? { ...line, tone: 'warm' } : line)) } })
    expect(lines(editor.doc, greeting)[1]).toMatchObject({ phraseId: 'ph_hello', tone: 'warm' })
    // Editing the text here unlinks the line (the editors send phraseId null; the command makes sure).
    editor.dispatch(commands.updateTouchpoint, {
      id: greeting,
      changes: { scriptLines: lines(editor.doc, greeting).map((line, index) => (index === 1 ? { ...line, text: 'Hello there!' } : line)) },
    })
    expect(lines(editor.doc, greeting)[1]).toMatchObject({ text: 'Hello there!', phraseId: null })
    editor.dispatch(commands.updateTouchpoint, { id: greeting, changes: { scriptLines: [{ ...staffLine('Hi'), phraseId: 'ph_gone' }] } })
    expect(lines(editor.doc, greeting)).toEqual([staffLine('Hi')])
  })
})

describe('accepted findings', () => {
  it('acceptFinding stores the key, reason and date; the lint sets the finding apart with its reason', () => {
    const { editor, farewell } = setup()
    const key = `end-no-farewell:${farewell}`
    expect(lintJourney(editor.doc).findings.map((finding) => finding.key)).toContain(key)
    editor.dispatch(commands.acceptFinding, { id: 'af_1', findingKey: key, reason: 'The call script covers it', acceptedAt: '2026-05-01T10:00:00.000Z' })
    expect(editor.doc.acceptedFindings.af_1).toMatchObject({ findingKey: key, reason: 'The call script covers it', acceptedAt: '2026-05-01T10:00:00.000Z' })
    const linted = lintJourney(editor.doc, { accepted: acceptedReasons(editor.doc) })
    expect(linted.findings.map((finding) => finding.key)).not.toContain(key)
    expect(linted.accepted).toEqual([expect.objectContaining({ key, reason: 'The call script covers it' })])
  })

  it('accepting the same finding again replaces the reason; a blank reason is refused', () => {
    const { editor } = setup()
    editor.dispatch(commands.acceptFinding, { id: 'af_1', findingKey: 'no-peak:', reason: 'later', acceptedAt: '2026-05-01T10:00:00.000Z' })
    editor.dispatch(commands.acceptFinding, { id: 'af_2', findingKey: 'no-peak:', reason: 'designed in phase 2', acceptedAt: '2026-05-02T10:00:00.000Z' })
    expect(Object.values(editor.doc.acceptedFindings)).toEqual([
      expect.objectContaining({ id: 'af_1', reason: 'designed in phase 2', acceptedAt: '2026-05-02T10:00:00.000Z' }),
    ])
    expect(() => editor.dispatch(commands.acceptFinding, { id: 'af_3', findingKey: 'x:', reason: '  ', acceptedAt: '' })).toThrow()
  })

  it('unacceptFinding takes the acceptance back; undo restores it; an unknown key is refused', () => {
    const { editor } = setup()
    editor.dispatch(commands.acceptFinding, { id: 'af_1', findingKey: 'no-peak:', reason: 'later', acceptedAt: '2026-05-01T10:00:00.000Z' })
    editor.dispatch(commands.unacceptFinding, { findingKey: 'no-peak:' })
    expect(acceptedReasons(editor.doc)).toEqual({})
    editor.undo()
    expect(acceptedReasons(editor.doc)).toEqual({ 'no-peak:': 'later' })
    expect(() => editor.dispatch(commands.unacceptFinding, { findingKey: 'nothing:' })).toThrow(CommandError)
  })
})
