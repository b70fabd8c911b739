// The browser's copy of the catalogue leaves out what no screen, export or rule reads: the notes
// on each programme's combination rules, exclusions and call windows. They are for editors and
// reusers, and stay in the open data (dist/catalogue.json). The open questions (unknowns) stay:
// each plan names those of its programmes, and they load with the details.
import type { AppData } from '../../src/catalogue-source'

const withoutNote = <T extends { note?: unknown }>({ note: _note, ...rest }: T) => rest

export function leanAppData({ catalogue, questionnaire }: AppData): AppData {
  const programs = catalogue.programs.map(({ combination, windows, ...program }) => ({
    ...program,
    combination: { ...withoutNote(combination), excludes: combination.excludes.map(withoutNote) },
    windows: { ...windows, dates: windows.dates.map(withoutNote) },
  }))
  return { questionnaire, catalogue: { ...catalogue, programs } }
}
