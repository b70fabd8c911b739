// A grant in a plan can open a programme for the Verstetigung that the answers rule out today:
// a Quartier funded by Quartiersimpulse may apply for its Weiterförderung (verstetigung.md V7).
import { describe, expect, it } from 'vitest'
import { planTimeline, timelineContext } from '../../src/domain/combinations/verstetigung'
import { routeName } from '../../src/domain/describe/timeline'
import { effectiveAnswers, parseAnswers, recommend } from '../../src/domain/index'
import { withHiddenCountsZero } from '../../src/domain/recommend'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

const FOLLOW = 'q2030-quartiersimpulse-weiterfoerderung'

function routesOf(file: string, pick: (programs: string[]) => boolean) {
  const scenario = loadScenarios().find((s) => s.file.startsWith(file))!
  const answers = parseAnswers(scenario.answers, questions)
  const result = recommend(catalogue, questionnaire, answers, { today: scenario.today })
  const effective = withHiddenCountsZero(questionnaire, effectiveAnswers(questionnaire, answers))
  const ctx = timelineContext(catalogue, questionnaire, effective, result)
  const plan = result.combinations.plans.find((p) => pick(p.programs))
  expect(plan).toBeDefined()
  return {
    verdict: result.programs.find((p) => p.id === FOLLOW)!.verdict,
    routes: planTimeline(plan!, ctx).gap?.routes ?? [],
  }
}

describe('routes a plan’s own grant opens', () => {
  it('names the Weiterförderung after a plan’s Quartiersimpulse, though the answers rule it out today', () => {
    // Four years, Quartiersimpulse for two: 96,000 € of consolidation stay open (the scenario).
    const { verdict, routes } = routesOf('quartierskoordination-quartiersimpulse-vier', (p) =>
      p.includes('q2030-quartiersimpulse'),
    )
    expect(verdict).toBe('ineligible') // not yet funded by Quartiersimpulse
    const route = routes.find((r) => r.programId === FOLLOW)
    expect(route).toBeDefined()
    const name = catalogue.programs.find((p) => p.id === FOLLOW)!.name
    expect(routeName(route!, 'de')).toBe(
      `${name.de} (nach der Förderung durch Quartiersimpulse in diesem Plan)`,
    )
    expect(routeName(route!, 'en')).toBe(
      `${name.en} (after the funding by Quartiersimpulse in this plan)`,
    )
    expect(routes.at(-1)!.kind).toBe('municipalBudget')
  })

  it('does not name it for a plan without Quartiersimpulse', () => {
    const { routes } = routesOf(
      'quartiersimpulse-dann-nis',
      (p) => !p.includes('q2030-quartiersimpulse'),
    )
    expect(routes.some((r) => r.programId === FOLLOW)).toBe(false)
  })
})
