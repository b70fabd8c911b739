import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Allocator } from '../../src/domain/combinations/allocate'
import { buildProblem } from '../../src/domain/combinations/candidates'
import { bruteAllocate } from './oracle'
import { randomCombinationInput } from './random-catalogue'

// Tiny euro amounts so that every integer allocation can be enumerated.
function tinyCase(seed: number) {
  const input = randomCombinationInput(seed, { programs: 5, scale: 0.2, candidateShare: 1 })
  const problem = buildProblem(input.candidates, input)
  const set = problem.items.map((_, i) => i).slice(0, 3)
  const space = set.reduce((size, i) => {
    const item = problem.items[i]!
    return item.blocks.reduce(
      (s, b) => s * (Math.min(problem.blocks[b]!.amount, item.upper) + 1),
      size,
    )
  }, 1)
  return { problem, set, space }
}

describe('allocation by max-flow', () => {
  it('matches exhaustive integer allocation: same validity, same funding, primary money first', () => {
    let compared = 0
    let valid = 0
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const { problem, set, space } = tinyCase(seed)
        fc.pre(set.length > 0 && space <= 50000)
        compared++
        const engine = new Allocator(problem).evaluate(set)
        // Combination rules (requires, public money first) are not the allocation's: a set that
        // breaks one is invalid whatever the euros, which the exhaustive allocation does not see.
        if (!new Allocator(problem).rulesMet(set)) {
          expect(engine).toBeNull()
          return
        }
        const oracle = bruteAllocate(problem, set)
        if (oracle === null) {
          expect(engine).toBeNull()
          return
        }
        expect(engine).not.toBeNull()
        valid++
        expect(engine!.funding).toBe(oracle.total)
        const primary = set.reduce(
          (s, i, k) =>
            s + (problem.items[i]!.subsidiary ? 0 : engine!.amounts[k]!.reduce((a, b) => a + b, 0)),
          0,
        )
        expect(primary).toBe(oracle.primary)
      }),
      { seed: 20261125, numRuns: 300 },
    )
    expect(compared).toBeGreaterThan(100)
    expect(valid).toBeGreaterThan(50)
  }, 60_000)

  it('the relaxed bound never falls below the real funding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const input = randomCombinationInput(seed, { programs: 8, scale: 1000, candidateShare: 1 })
        const problem = buildProblem(input.candidates, input)
        const alloc = new Allocator(problem)
        const set = problem.items.map((_, i) => i).slice(0, 4)
        const real = alloc.evaluate(set)
        if (real) expect(alloc.relaxed(set)).toBeGreaterThanOrEqual(real.funding)
      }),
      { seed: 7, numRuns: 200 },
    )
  }, 60_000)
})
