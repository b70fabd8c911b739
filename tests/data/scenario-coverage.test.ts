import { describe, expect, it } from 'vitest'
import { parseAnswers, recommend } from '../../src/domain/index'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

// Coverage is read from what the scenarios promise (expect lists); scenarios.test.ts checks
// that every promise holds, so together they show each programme both ways.
const scenarios = loadScenarios()
const promised = (kind: 'eligible' | 'ineligible') =>
  new Set(scenarios.flatMap((s) => s.expect[kind]))

/**
 * Programmes still waiting for a scenario in each direction. Empty when the catalogue is
 * fully covered; a programme listed here must be covered before it is removed from the list.
 */
const KNOWN_GAPS: { eligible: string[]; ineligible: string[] } = {
  eligible: [],
  ineligible: [],
}

describe('scenario coverage of the catalogue', () => {
  const active = catalogue.programs.filter((p) => p.status !== 'closed').map((p) => p.id)

  it('shows every running programme eligible in at least one scenario', () => {
    const eligible = promised('eligible')
    expect(active.filter((id) => !eligible.has(id))).toEqual(KNOWN_GAPS.eligible)
  })

  it('shows every running programme not eligible in at least one scenario', () => {
    const ineligible = promised('ineligible')
    expect(active.filter((id) => !ineligible.has(id))).toEqual(KNOWN_GAPS.ineligible)
  })

  it('never finds a closed programme eligible in any scenario', () => {
    const closed = catalogue.programs.filter((p) => p.status === 'closed').map((p) => p.id)
    expect(closed.length).toBeGreaterThan(0)
    for (const scenario of scenarios) {
      const answers = parseAnswers(scenario.answers, questions)
      const result = recommend(catalogue, questionnaire, answers, {
        today: scenario.today,
      })
      const eligible = result.programs.filter((p) => p.verdict === 'eligible').map((p) => p.id)
      expect(
        eligible.filter((id) => closed.includes(id)),
        scenario.file,
      ).toEqual([])
    }
  })

  it('only names programmes that exist in the catalogue', () => {
    const known = new Set(catalogue.programs.map((p) => p.id))
    for (const s of scenarios) {
      const named = [...s.expect.eligible, ...s.expect.ineligible, ...s.expect.open]
      expect(
        named.filter((id) => !known.has(id)),
        s.file,
      ).toEqual([])
    }
  })
})
