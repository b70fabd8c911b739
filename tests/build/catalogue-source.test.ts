// The browser's loader (src/catalogue-source.ts, catalogue-pieces.ts) on the build's real
// chunks: one language at first, the other on a switch, the results' texts and the details when
// asked for, always into the same objects.
import { describe, expect, it } from 'vitest'
import { hasPiece, hasPieceInAnyLanguage, loadPiece } from '../../src/catalogue-pieces'
import { loadAppData } from '../../src/catalogue-source'
import { catalogue, questionnaire } from '../fixtures/data'

describe('the catalogue loader', () => {
  it('loads German first, English on a switch and the sources when asked, in place', async () => {
    const data = await loadAppData('de')
    const question = data.questionnaire.steps[0]!.questions[0]!
    const fullQuestion = questionnaire.steps[0]!.questions[0]!
    expect(question.label.de).toBe(fullQuestion.label.de)
    // Until the English texts are there, a screen in English shows the German ones, never none.
    expect(hasPiece(data, 'texts', 'en')).toBe(false)
    expect(question.label.en).toBe(fullQuestion.label.de)
    const label = question.label
    await loadPiece(data, 'texts', 'en')
    expect(hasPiece(data, 'texts', 'en')).toBe(true)
    expect(question.label).toBe(label)
    expect(label.en).toBe(fullQuestion.label.en)
    expect(label.de).toBe(fullQuestion.label.de)

    // The programmes' texts wait for the results' screens, in the language first loaded.
    const program = data.catalogue.programs[0]!
    const full = catalogue.programs.find((p) => p.id === program.id)!
    expect(hasPieceInAnyLanguage(data, 'results')).toBe(false)
    expect(program.name.de).toBeUndefined()
    expect(program.sources).toEqual([])
    expect(hasPiece(data, 'details', 'de')).toBe(false)
    const name = program.name
    await loadPiece(data, 'results')
    expect(hasPiece(data, 'results', 'de')).toBe(true)
    expect(hasPiece(data, 'results', 'en')).toBe(false)
    expect(program.name).toBe(name)
    expect(program.summary.de).toBe(full.summary.de)
    expect(program.summary.en).toBe(full.summary.de)
    expect(program.eligibility[0]!.explain.fail.de).toBe(full.eligibility[0]!.explain.fail.de)
    await loadPiece(data, 'results', 'en')
    expect(name.en).toBe(full.name.en)
    expect(program.summary.en).toBe(full.summary.en)
    expect(program.summary.de).toBe(full.summary.de)

    const withUnknowns = data.catalogue.programs.find((p) => p.id === 'q2030-quartiersimpulse')!
    const fullUnknowns = catalogue.programs.find((p) => p.id === withUnknowns.id)!.unknowns
    expect(fullUnknowns.length).toBeGreaterThan(0)
    expect(withUnknowns.unknowns).toEqual([])
    await loadPiece(data, 'details', 'en')
    expect(hasPiece(data, 'details', 'en')).toBe(true)
    expect(hasPiece(data, 'details', 'de')).toBe(false)
    expect(program.sources).toEqual(full.sources)
    // The open questions arrive with the details; the first language stands in for the other.
    const unknowns = withUnknowns.unknowns
    expect(unknowns.map((u) => [u.en, u.de])).toEqual(fullUnknowns.map((u) => [u.en, u.en]))
    const withNote = data.catalogue.programs.find((p) => p.money.note)!
    const fullNote = catalogue.programs.find((p) => p.id === withNote.id)!.money.note!
    expect(withNote.money.note!.en).toBe(fullNote.en)
    await loadPiece(data, 'details', 'de')
    expect(withNote.money.note!.de).toBe(fullNote.de)
    expect(program.sources).toEqual(full.sources) // added once, not once per language
    expect(withUnknowns.unknowns).toBe(unknowns)
    expect(unknowns).toEqual(fullUnknowns)
  })
})
