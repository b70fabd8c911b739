import { describe, expect, it } from 'vitest'
import { recommend, recommendVerdicts, type Answers } from '../../src/domain/index'
import { loadScenarios } from '../scenarios/scenario-file'
import { catalogue, questionnaire } from '../fixtures/data'

// Screens without combinations ask for the verdicts alone; they must be the very same verdicts.
describe('verdicts without the combination search', () => {
  for (const scenario of loadScenarios()) {
    it(`match the full recommendation for ${scenario.file}`, () => {
      const answers = scenario.answers as Answers
      const options = { today: '2026-11-25' } as const
      const full = recommend(catalogue, questionnaire, answers, options)
      const alone = recommendVerdicts(catalogue, questionnaire, answers, options)
      // The order may differ: with the search a programme's place comes from its planned amount.
      const byId = (v: { programs: { id: string }[] }) =>
        [...v.programs].sort((a, b) => a.id.localeCompare(b.id))
      // toEqual counts a property set to undefined as absent: everything but the search.
      expect({ ...alone, programs: byId(alone) }).toEqual({
        ...full,
        programs: byId(full),
        combinations: undefined,
      })
    })
  }
})
