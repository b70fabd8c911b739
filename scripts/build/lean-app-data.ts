// The browser's copy of the catalogue leaves out what no screen, export or rule reads: the open
// questions about each programme (unknowns) and the notes on its combination rules, exclusions
// and call windows. They are for editors and reusers, and stay in the open data
// (dist/catalogue.json). About a fifth of the catalogue chunk, which every first visit waits for.
import type { AppData } from '../../src/catalogue-source'

const withoutNote = <T extends { note?: unknown }>({ note: _note, ...rest }: T) => rest

export function leanAppData({ catalogue, questionnaire }: AppData): AppData {
  const programs = catalogue.programs.map(({ combination, windows, ...program }) => ({
    ...program,
    unknowns: [],
    combination: { ...withoutNote(combination), excludes: combination.excludes.map(withoutNote) },
    windows: { ...windows, dates: windows.dates.map(withoutNote) },
  }))
  return { questionnaire, catalogue: { ...catalogue, programs } }
}
