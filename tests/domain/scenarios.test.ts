import { describe, expect, it } from 'vitest'
import { effectiveAnswers, parseAnswers, recommend, type CostMatrix } from '../../src/domain/index'
import { planTimeline, timelineContext } from '../../src/domain/combinations/verstetigung'
import { withHiddenCountsZero } from '../../src/domain/recommend'
import { planViolations } from '../combinations/oracle'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

const scenarios = loadScenarios()

describe.each(scenarios)('scenario $file', (scenario) => {
  const answers = parseAnswers(scenario.answers, questions)
  const result = recommend(catalogue, questionnaire, answers, { today: scenario.today })
  const verdictOf = (id: string) => result.programs.find((p) => p.id === id)?.verdict

  it.each(scenario.expect.eligible)('%s is eligible', (id) =>
    expect(verdictOf(id)).toBe('eligible'),
  )
  it.each(scenario.expect.ineligible)('%s is not eligible', (id) =>
    expect(verdictOf(id)).toBe('ineligible'),
  )
  it.each(scenario.expect.open)('%s is open', (id) => expect(verdictOf(id)).toBe('open'))
  it.each(scenario.expectCombinations.map((ids) => [ids.join(' + '), ids] as const))(
    '%s appear together in a top combination',
    (_, ids) => {
      const together = result.combinations.plans.some((plan) =>
        ids.every((id) => plan.programs.includes(id)),
      )
      expect(together).toBe(true)
    },
  )
  const expected = scenario.expectPlan
  if (expected && 'none' in expected)
    it(`proposes no plan (${expected.none})`, () => expect(result.combinations.plans).toEqual([]))
  if (expected && 'applications' in expected) {
    const top = result.combinations.plans[0]
    it('puts the expected programmes in the top plan', () => {
      expect(top?.programs).toEqual(expected.applications.map((a) => a.program).sort())
    })
    it.each(expected.applications.map((a) => [a.program, a.amount, a.rule] as const))(
      '%s gets %i € (%s)',
      (id, amount) => {
        const application = top?.applications.find((a) => a.programId === id)
        expect(application?.amount).toBe(amount)
      },
    )
    it(`funds ${expected.totalFunding} € in all`, () => {
      expect(expected.applications.reduce((sum, a) => sum + a.amount, 0)).toBe(
        expected.totalFunding,
      )
      expect(top?.totalFunding).toBe(expected.totalFunding)
    })
  }
  const years = scenario.expectTimeline
  if (years) {
    const effective = withHiddenCountsZero(questionnaire, effectiveAnswers(questionnaire, answers))
    const timeline = () => {
      const top = result.combinations.plans[0]
      expect(top).toBeDefined()
      return planTimeline(top!, timelineContext(catalogue, questionnaire, effective, result))
    }
    it.each(years.years.map((y) => [y.year, y.status, y.funders, y.rule] as const))(
      'project year %i: %s %j (%s)',
      (year, status, funders) => {
        const row = timeline().years.find((y) => y.year === year)
        expect(row?.status).toBe(status)
        expect(Object.fromEntries(row?.funders.map((f) => [f.programId, f.amount]) ?? [])).toEqual(
          funders,
        )
      },
    )
    it('has exactly the project years written down', () => {
      expect(timeline().years.map((y) => y.year)).toEqual(years.years.map((y) => y.year))
    })
    it(years.sequence ? 'is a sequence over the years' : 'is no sequence', () => {
      expect(timeline().sequence).toBe(years.sequence)
    })
    const gap = years.gap
    it(
      gap
        ? `leaves years [${gap.years.join(', ')}] and ${gap.unfundedConsolidation} € of consolidation unfunded (${gap.rule})`
        : 'shows no Verstetigung gap',
      () => {
        const shown = timeline().gap
        if (gap === null) expect(shown).toBeNull()
        else
          expect(shown && { years: shown.years, unfunded: shown.unfundedConsolidation }).toEqual({
            years: gap.years,
            unfunded: gap.unfundedConsolidation,
          })
      },
    )
  }
  it.each(
    (scenario.expectRoadmap ?? []).map(
      (s) => [s.program, s.againForYear ?? 1, s.date, s.expected, s.rule, s.opens] as const,
    ),
  )(
    'the roadmap applies for %s (project year %i) by %s (expected: %s; %s)',
    (id, year, date, projected, _rule, opens) => {
      const step = result.combinations.plans[0]?.steps.find(
        (s) =>
          s.programId === id &&
          (year === 1
            ? s.action.code === 'apply'
            : s.action.code === 'applyAgain' && s.action.year === year),
      )
      expect(step && { date: step.date, expected: step.expected }).toEqual({
        date,
        expected: projected,
      })
      if (opens !== undefined) expect(step?.opens).toBe(opens)
    },
  )
  it('no plan pays a programme more than its money terms allow', () => {
    const effective = withHiddenCountsZero(questionnaire, effectiveAnswers(questionnaire, answers))
    const input = {
      // The oracle looks programmes up among the candidates; every programme will do.
      candidates: catalogue.programs.map((program) => ({
        program,
        verdict: 'eligible' as const,
        openQuestions: [],
      })),
      organisations: (effective.organisations as string[] | undefined) ?? [],
      costs: (effective.projectCosts as CostMatrix | undefined) ?? {},
      answers: effective,
      ownFunds: null,
      plannedStart: null,
      phases: [],
      today: scenario.today,
    }
    for (const plan of result.combinations.plans) expect(planViolations(plan, input)).toEqual([])
  })
  it('every plan adds up', () => {
    for (const plan of result.combinations.plans) {
      expect(plan.totalFunding + plan.ownShare).toBe(plan.totalCosts)
      expect(plan.allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(plan.totalFunding)
    }
  })
})
