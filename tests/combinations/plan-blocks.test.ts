// Each plan carries its cost blocks: costs, funded euros and own share per block, adding up to
// the plan's totals (what the plan table shows row by row).
import { expect, it } from 'vitest'
import { parseAnswers, PHASES, recommend } from '../../src/domain/index'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

it.each(loadScenarios())('every plan of $file adds up block by block', (scenario) => {
  const answers = parseAnswers(scenario.answers, questions)
  const { plans } = recommend(catalogue, questionnaire, answers, {
    today: scenario.today,
  }).combinations
  for (const plan of plans) {
    expect(sum(plan.blocks.map((b) => b.costs))).toBe(plan.totalCosts)
    expect(sum(plan.blocks.map((b) => b.funded))).toBe(plan.totalFunding)
    expect(sum(plan.blocks.map((b) => b.ownShare))).toBe(plan.ownShare)
    for (const b of plan.blocks) {
      const allocated = plan.allocations.filter(
        (a) => a.costType === b.costType && a.phase === b.phase,
      )
      expect(b.funded).toBe(sum(allocated.map((a) => a.amount)))
      expect(b.funded + b.ownShare).toBe(b.costs)
    }
    const ranks = plan.blocks.map((b) => PHASES.indexOf(b.phase))
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
  }
})
