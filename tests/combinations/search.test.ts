import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildProblem } from '../../src/domain/combinations/candidates'
import { weightedFunding } from '../../src/domain/combinations/certainty'
import { combine } from '../../src/domain/combinations/combine'
import { searchCombinations } from '../../src/domain/combinations/search'
import { bruteForce, planViolations } from './oracle'
import { randomCombinationInput } from './random-catalogue'

const seeds = fc.integer({ min: 1, max: 2 ** 30 })
const key = (problem: ReturnType<typeof buildProblem>, set: number[]) =>
  set.map((i) => `${problem.items[i]!.program.id}@${problem.items[i]!.applicant}`).join('+')

describe('combination search', () => {
  it('top k equals the brute-force oracle for up to 16 candidates', () => {
    let compared = 0
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 10 }), (seed, k) => {
        const input = randomCombinationInput(seed, {
          programs: 18,
          scale: 1000,
          candidateShare: 0.8,
        })
        const problem = buildProblem(input.candidates, input)
        fc.pre(problem.items.length <= 16)
        compared++
        const engine = searchCombinations(problem, { k })
        const oracle = bruteForce(problem, k, 6)
        expect(engine.exact).toBe(true)
        expect(engine.top.map((f) => `${key(problem, f.set)}=${f.funding}`)).toEqual(
          oracle.top.map((f) => `${key(problem, f.set)}=${f.funding}`),
        )
        expect(engine.pareto.map((f) => `${f.set.length}:${f.funding}`)).toEqual(
          oracle.pareto.map((f) => `${f.set.length}:${f.funding}`),
        )
      }),
      { seed: 42, numRuns: 60 },
    )
    expect(compared).toBeGreaterThan(30)
  }, 60_000)

  it('every plan keeps the combination rules and adds up', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = randomCombinationInput(seed, {
          programs: 30,
          scale: 1000,
          candidateShare: 0.7,
        })
        const result = combine(input)
        for (const plan of result.plans) expect(planViolations(plan, input)).toEqual([])
        // Ranked by euros weighted by certainty (issue 12), so the most euros may come later.
        const awards = new Map(input.candidates.map((c) => [c.program.id, c.program.award]))
        const weighted = result.plans.map((p) => weightedFunding(p, (id) => awards.get(id)!))
        expect(weighted).toEqual([...weighted].sort((a, b) => b - a))
        const pareto = result.pareto.map((p) => p.funding)
        expect(pareto).toEqual([...new Set(pareto)].sort((a, b) => a - b))
        const most = Math.max(...result.plans.map((p) => p.totalFunding))
        if (result.plans.length > 0) expect(pareto.at(-1)).toBe(most)
      }),
      { seed: 11, numRuns: 100 },
    )
  }, 60_000)

  it('cuts a large search at its budget, says so, and still returns valid plans', () => {
    const input = randomCombinationInput(5, { programs: 120, scale: 1000, candidateShare: 0.9 })
    let clock = 0
    const result = combine(input, { exactLimit: 10, budgetMs: 50, now: () => (clock += 100) })
    expect(result.exact).toBe(false)
    expect(result.plans.length).toBeGreaterThan(0)
    for (const plan of result.plans) expect(planViolations(plan, input)).toEqual([])
    const full = combine(input)
    expect(full.exact).toBe(true)
    expect(full.plans[0]!.totalFunding).toBeGreaterThanOrEqual(result.plans[0]!.totalFunding)
  }, 60_000)
})
