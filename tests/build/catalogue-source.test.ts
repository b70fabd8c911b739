// The browser's loader (src/catalogue-source.ts, catalogue-pieces.ts) on the build's real
// chunks: one language at first, the other on a switch, the details when asked for, always into
// the same objects.
import { describe, expect, it } from 'vitest'
import { hasDetails, hasTexts, loadDetails, loadTexts } from '../../src/catalogue-pieces'
import { loadAppData } from '../../src/catalogue-source'
import { catalogue } from '../fixtures/data'

describe('the catalogue loader', () => {
  it('loads German first, English on a switch and the sources when asked, in place', async () => {
    const data = await loadAppData('de')
    const program = data.catalogue.programs[0]!
    const full = catalogue.programs.find((p) => p.id === program.id)!
    expect(program.name.de).toBe(full.name.de)
    // Until the English texts are there, a screen in English shows the German ones, never none.
    expect(hasTexts(data, 'en')).toBe(false)
    expect(program.name.en).toBe(full.name.de)
    expect(program.sources).toEqual([])
    expect(hasDetails(data, 'de')).toBe(false)

    const name = program.name
    await loadTexts(data, 'en')
    expect(hasTexts(data, 'en')).toBe(true)
    expect(program.name).toBe(name)
    expect(name.en).toBe(full.name.en)
    expect(name.de).toBe(full.name.de)

    await loadDetails(data, 'en')
    expect(hasDetails(data, 'en')).toBe(true)
    expect(hasDetails(data, 'de')).toBe(false)
    expect(program.sources).toEqual(full.sources)
    const withNote = data.catalogue.programs.find((p) => p.money.note)!
    const fullNote = catalogue.programs.find((p) => p.id === withNote.id)!.money.note!
    expect(withNote.money.note!.en).toBe(fullNote.en)
    await loadDetails(data, 'de')
    expect(withNote.money.note!.de).toBe(fullNote.de)
    expect(program.sources).toEqual(full.sources) // added once, not once per language
  })
})
