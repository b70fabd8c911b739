import type { LocalizedText } from '../text'
import type { CandidateProgram } from './candidates'

/** The short name where the programme has one (the same in both languages), else its name. */
export function displayName({ program }: Pick<CandidateProgram, 'program'>): LocalizedText {
  return program.shortName ? { de: program.shortName, en: program.shortName } : program.name
}
