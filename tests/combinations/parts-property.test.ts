import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Allocator } from '../../src/domain/combinations/allocate'
import { type Item, type Problem } from '../../src/domain/combinations/candidates'
import { searchCombinations } from '../../src/domain/combinations/search'
import { maxFlow, type Edge } from './max-flow'
import { bruteForce } from './oracle'
import { blockRoom, capViolations, NO_CAP, randomProblem } from './problem-builder'
import { rng } from './random-catalogue'

const seeds = fc.integer({ min: 1, max: 2 ** 30 })
const cap = (euros: number) => (euros >= NO_CAP ? Infinity : euros)

interface NetworkOptions {
  /** Items keep their minimums (evaluate) or start at zero (relaxed). */
  lower: boolean
  /** Leave these items out (a phase without the subsidiary programmes). */
  skip?: (item: Item) => boolean
  /** Fix the non-subsidiary programmes' money at this total (subsidiary programmes fill last). */
  primary?: number
  /** Ignore the parts: every item may fund the whole of each of its blocks. */
  flat?: boolean
}

/**
 * The allocation network of `set`, built edge by edge as the README describes it, solved by the
 * generic max-flow: S → TOT (total cap) → PUB (public cap) → public item, TOT → private item,
 * item → part (part cap) → block (rate × cost) → T (cost). With `primary`, the non-subsidiary
 * items hang under a node PRIM whose flow is fixed, PUB under PRIM (no subsidiary item may be
 * public then: the two groups would cross).
 */
function solve(problem: Problem, set: number[], options: NetworkOptions): number | null {
  const items = set.map((i) => problem.items[i]!).filter((item) => !options.skip?.(item))
  const [S, TOT, PUB, PRIM, T] = [0, 1, 2, 3, 4]
  let next = 5
  const edges: Edge[] = []
  const edge = (from: number, to: number, euros: number, low = 0) =>
    edges.push({ from, to, low, cap: cap(euros) })
  const all = set.map((i) => problem.items[i]!)
  edge(S, TOT, Math.min(problem.totalCosts, ...all.map((i) => i.totalCap)))
  const publicCap = Math.min(NO_CAP, ...all.map((i) => i.publicCap))
  if (options.primary === undefined) edge(TOT, PUB, publicCap)
  else {
    edge(TOT, PRIM, options.primary, options.primary)
    edge(PRIM, PUB, publicCap)
  }
  const blockNode = problem.blocks.map(() => next++)
  const room = blockRoom(problem, set)
  problem.blocks.forEach((_, b) => edge(blockNode[b]!, T, room[b]!))
  for (const item of items) {
    const node = next++
    const primary = options.primary !== undefined && !item.subsidiary
    if (options.primary !== undefined && item.subsidiary && item.isPublic)
      throw new Error('a public subsidiary item has no place in the PRIM network')
    const from = item.isPublic ? PUB : primary ? PRIM : TOT
    edge(from, node, item.upper, options.lower ? item.lower : 0)
    const parts = options.flat
      ? [
          {
            blocks: item.blocks,
            blockCaps: item.blocks.map((b) => problem.blocks[b]!.amount),
            upper: NO_CAP,
          },
        ]
      : item.parts
    for (const part of parts) {
      const partNode = next++
      edge(node, partNode, part.upper)
      part.blocks.forEach((b, at) => edge(partNode, blockNode[b]!, part.blockCaps[at]!))
    }
  }
  return maxFlow(next, edges, S, T)
}

/** The combination rules, read straight off the items: requirements and public money first. */
function rulesHold(problem: Problem, set: number[]): boolean {
  const ids = new Set(set.map((i) => problem.items[i]!.program.id))
  const compatible = (j: number, i: number) =>
    ((problem.compat[j]![i >>> 5]! >>> (i & 31)) & 1) === 1
  return set.every((i) => {
    const item = problem.items[i]!
    if (!item.requires.every((group) => group.some((id) => ids.has(id)))) return false
    if (!item.subsidiary) return true
    return item.publicFirst.every(
      (id) =>
        ids.has(id) ||
        !problem.items.some(
          (other, j) => other.program.id === id && set.every((m) => compatible(j, m)),
        ),
    )
  })
}

/**
 * What `evaluate` must return, from the generic max-flow: null when a rule fails or no flow
 * meets every minimum; otherwise the most money with the non-subsidiary programmes first.
 * Undefined where the priority is no plain network (a subsidiary item that is public).
 */
function expectedFunding(problem: Problem, set: number[]): number | null | undefined {
  if (!rulesHold(problem, set)) return null
  const items = set.map((i) => problem.items[i]!)
  if (!items.some((item) => item.subsidiary)) return solve(problem, set, { lower: true })
  if (items.some((item) => item.subsidiary && item.isPublic)) return undefined
  const primary = solve(problem, set, { lower: true, skip: (item) => item.subsidiary })
  if (primary === null) return null
  return solve(problem, set, { lower: true, primary })
}

function randomSet(r: () => number, problem: Problem, most: number): number[] {
  const n = problem.items.length
  const size = 1 + Math.floor(r() * Math.min(most, n))
  const set = new Set<number>()
  while (set.size < size) set.add(Math.floor(r() * n))
  return [...set].sort((a, b) => a - b)
}

describe('allocation with parts against a generic max-flow', () => {
  it('relaxed and evaluate give the generic maximum, within every cap', () => {
    const seen = { partsBind: 0, valid: 0, invalid: 0, ruleFails: 0, subsidiary: 0 }
    fc.assert(
      fc.property(seeds, (seed) => {
        const r = rng(seed)
        const problem = randomProblem(r, { items: 7, blocks: 5, cost: 40 })
        const set = randomSet(r, problem, 5)
        const alloc = new Allocator(problem)
        const relaxed = solve(problem, set, { lower: false })!
        expect(alloc.relaxed(set)).toBe(relaxed)
        if (relaxed < solve(problem, set, { lower: false, flat: true })!) seen.partsBind++

        const evaluation = alloc.evaluate(set)
        if (evaluation) expect(capViolations(problem, set, evaluation)).toEqual([])
        const expected = expectedFunding(problem, set)
        if (expected === undefined) {
          // Public subsidiary money: at least the last phase is a plain maximum with minimums.
          if (evaluation) expect(evaluation.funding).toBe(solve(problem, set, { lower: true }))
          return
        }
        expect(evaluation?.funding ?? null).toBe(expected)
        if (expected === null) seen.invalid++
        else seen.valid++
        if (!rulesHold(problem, set)) seen.ruleFails++
        if (set.some((i) => problem.items[i]!.subsidiary)) seen.subsidiary++
      }),
      { seed: 20261129, numRuns: 1500 },
    )
    // The random problems must exercise what this test is about.
    expect(seen.partsBind).toBeGreaterThan(200)
    expect(seen.valid).toBeGreaterThan(500)
    expect(seen.invalid).toBeGreaterThan(200)
    expect(seen.ruleFails).toBeGreaterThan(100)
    expect(seen.subsidiary).toBeGreaterThan(200)
  }, 120_000)

  it('warm start, gain bound and read-off funding agree with computing from scratch', () => {
    let tighter = 0
    let readOff = 0
    let foreign = 0
    fc.assert(
      fc.property(seeds, (seed) => {
        const r = rng(seed)
        const problem = randomProblem(r, { items: 8, blocks: 5, cost: 40 })
        fc.pre(problem.items.length >= 2)
        const set = randomSet(r, problem, 6)
        fc.pre(set.length >= 2)
        // The search adds items in any order of its prefix: shuffle the last one in.
        const last = set.splice(Math.floor(r() * set.length), 1)[0]!
        const alloc = new Allocator(problem)
        const full = [...set, last]
        // Now and then the slot holds the flow of another set of that size: it must not be used.
        const other = randomSet(r, problem, set.length)
        if (r() < 0.2 && other.length === set.length && other.join() !== set.join()) {
          foreign++
          alloc.relaxed(other)
          alloc.save(0)
          expect(alloc.relaxedAfter(0, full, full.length)).toBe(
            solve(problem, full, { lower: false }),
          )
        }
        const before = alloc.relaxed(set)
        const cut = alloc.gainCut()
        alloc.save(0)
        const after = alloc.relaxedAfter(0, full, full.length)
        expect(after).toBe(solve(problem, full, { lower: false }))
        const gain = alloc.gain(last, cut)
        expect(after).toBeLessThanOrEqual(before + gain)
        if (gain < problem.items[last]!.upper) tighter++
        const held = alloc.heldFunding(full)
        if (held !== null) {
          readOff++
          expect(held).toBe(
            new Allocator(problem).evaluate(full, full.length, false)?.funding ?? -1,
          )
        }
      }),
      { seed: 77, numRuns: 1000 },
    )
    expect(tighter).toBeGreaterThan(300)
    expect(readOff).toBeGreaterThan(150)
    expect(foreign).toBeGreaterThan(50)
  }, 120_000)
})

describe('search over problems with parts', () => {
  it('top k equals the brute-force oracle', () => {
    let firstBites = 0
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 10 }), (seed, k) => {
        const problem = randomProblem(rng(seed), { items: 11, blocks: 5, cost: 60 })
        // Count problems where public money first turns a programme away on its own.
        if (problem.items.some((_, i) => !rulesHold(problem, [i]))) firstBites++
        const engine = searchCombinations(problem, { k })
        const oracle = bruteForce(problem, k, 6)
        const key = (f: { set: number[]; funding: number }) => `${f.set.join('+')}=${f.funding}`
        expect(engine.exact).toBe(true)
        expect(engine.top.map(key)).toEqual(oracle.top.map(key))
        expect(engine.pareto.map(key)).toEqual(oracle.pareto.map(key))
        for (const found of engine.top) {
          expect(rulesHold(problem, found.set)).toBe(true)
          expect(capViolations(problem, found.set, found.evaluation)).toEqual([])
        }
      }),
      { seed: 4242, numRuns: 150 },
    )
    expect(firstBites).toBeGreaterThan(40)
  }, 120_000)
})
