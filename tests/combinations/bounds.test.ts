import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Allocator } from '../../src/domain/combinations/allocate'
import { buildProblem } from '../../src/domain/combinations/candidates'
import { randomCombinationInput } from './random-catalogue'

// The shortcuts the search takes, each checked against the plain computation it replaces.
describe('search shortcuts in the allocator', () => {
  it('warm start, gain and fill bounds and read-off funding agree with computing from scratch', () => {
    let gains = 0
    let fills = 0
    let readOff = 0
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.array(fc.nat(), { minLength: 2, maxLength: 6 }),
        (seed, picks) => {
          const input = randomCombinationInput(seed, {
            programs: 24,
            scale: 1000,
            candidateShare: 1,
          })
          const problem = buildProblem(input.candidates, input)
          fc.pre(problem.items.length >= 2)
          const set = [...new Set(picks.map((p) => p % problem.items.length))]
          fc.pre(set.length >= 2)
          const alloc = new Allocator(problem)
          const scratch = new Allocator(problem)
          const prefix = set.slice(0, -1)
          const last = set.at(-1)!
          const before = alloc.relaxed(prefix)
          const cut = alloc.gainCut()
          const open = new Float64Array(problem.blocks.length)
          const spare = new Float64Array(problem.blocks.length)
          const fill = before + alloc.openRoom(open, spare) + alloc.fillBound(last, open, spare)
          alloc.save(0)
          const after = alloc.relaxedAfter(0, set, set.length)
          expect(after).toBe(scratch.relaxed(set))
          // Adding one programme raises the relaxed flow by at most its gain over the cut.
          expect(after).toBeLessThanOrEqual(before + alloc.gain(last, cut))
          if (alloc.gain(last, cut) < problem.items[last]!.upper) gains++
          // … and to at most what it can fill of the costs the prefix leaves open.
          expect(after).toBeLessThanOrEqual(fill)
          if (fill < before + alloc.gain(last, cut)) fills++
          const held = alloc.heldFunding(set)
          const evaluated = scratch.evaluate(set, set.length, false)?.funding ?? -1
          if (held !== null) {
            readOff++
            expect(held).toBe(evaluated)
          }
        },
      ),
      { seed: 7, numRuns: 400 },
    )
    // The shortcuts must actually be taken in these cases, or the test checks nothing.
    expect(gains).toBeGreaterThan(20)
    expect(fills).toBeGreaterThan(20)
    expect(readOff).toBeGreaterThan(20)
  }, 60_000)

  // The search bounds what the rest of a combination can add by the sum of each item's gain
  // over the cut of the prefix chosen so far, each block counted up to its slack, for several
  // items at once.
  it('several programmes added together raise the relaxed flow by at most their gains or fills summed', () => {
    let below = 0
    let tighter = 0
    let fills = 0
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (seed, picks, prefixLength) => {
          const input = randomCombinationInput(seed, {
            programs: 24,
            scale: 1000,
            candidateShare: 1,
          })
          const problem = buildProblem(input.candidates, input)
          fc.pre(problem.items.length >= 3)
          const set = [...new Set(picks.map((p) => p % problem.items.length))]
          const split = Math.min(prefixLength, set.length - 2)
          fc.pre(split >= 0 && set.length - split >= 2)
          const alloc = new Allocator(problem)
          const before = alloc.relaxed(set.slice(0, split))
          const cut = split === 0 ? 2 ** problem.blocks.length - 1 : alloc.gainCut()
          const slack = new Float64Array(problem.blocks.length)
          alloc.cutSlack(slack)
          const rest = set.slice(split)
          const open = new Float64Array(problem.blocks.length)
          const spare = new Float64Array(problem.blocks.length)
          const filled =
            before +
            alloc.openRoom(open, spare) +
            rest.reduce((sum, i) => sum + alloc.fillBound(i, open, spare), 0)
          const gains = rest.reduce((sum, i) => sum + alloc.gain(i, cut), 0)
          const slackGains = rest.reduce((sum, i) => sum + alloc.gain(i, cut, slack), 0)
          const after = new Allocator(problem).relaxed(set)
          expect(after).toBeLessThanOrEqual(before + slackGains)
          expect(slackGains).toBeLessThanOrEqual(gains)
          if (slackGains < gains) below++
          // Together they add at most the slack beyond the cut, however many they are …
          const beyond = alloc.slackBeyond(cut, slack)
          expect(after).toBeLessThanOrEqual(before + beyond)
          if (beyond < slackGains) tighter++
          // … and at most what each can fill of the open costs, summed.
          expect(after).toBeLessThanOrEqual(filled)
          if (filled < before + Math.min(slackGains, beyond)) fills++
        },
      ),
      { seed: 19, numRuns: 1000 },
    )
    // The slack must make the bound tighter often, or the test shows nothing new.
    expect(below).toBeGreaterThan(12)
    expect(tighter).toBeGreaterThan(12)
    expect(fills).toBeGreaterThan(12)
  }, 60_000)
})
