import { describe, expect, it } from 'vitest'
import { Allocator, type SetEvaluation } from '../../src/domain/combinations/allocate'
import { type Problem } from '../../src/domain/combinations/candidates'
import { searchCombinations } from '../../src/domain/combinations/search'
import { bruteForce } from './oracle'
import { capViolations, problemOf, type ItemSpec } from './problem-builder'

/** Item indices of the named programmes, ascending (the problem sorts its items). */
function indices(problem: Problem, ids: readonly string[]): number[] {
  return ids.map((id) => problem.items.findIndex((item) => item.program.id === id)).sort()
}

/** Euros per block of programme `id` in an evaluation of `set`. */
function amountsOf(problem: Problem, set: number[], evaluation: SetEvaluation, id: string) {
  return evaluation.amounts[set.findIndex((i) => problem.items[i]!.program.id === id)]!
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)

interface PartCase {
  name: string
  costs: number[]
  items: ItemSpec[]
  set: string[]
  funding: number | null
  /** Exact euros per block where the allocation is unique. */
  amounts?: Record<string, number[]>
  /** Euros over a group of blocks where only the sum is fixed. */
  sums?: { id: string; blocks: number[]; amount: number }[]
}

// A lottery: 80 % of personnel without cap, 33 % of investment up to a part cap.
const lottery: ItemSpec = {
  id: 'lottery',
  isPublic: false,
  parts: [
    { blocks: [0], caps: [80] },
    { blocks: [1], caps: [66], upper: 300_000 },
  ],
}

const partCases: PartCase[] = [
  {
    name: 'per-block rate caps: 80 % of personnel, 33 % of investment',
    costs: [100, 200],
    items: [lottery],
    set: ['lottery'],
    funding: 146,
    amounts: { lottery: [80, 66] },
  },
  {
    name: 'a part cap binds before the block caps',
    costs: [100, 200],
    items: [{ ...lottery, parts: [lottery.parts[0]!, { ...lottery.parts[1]!, upper: 40 }] }],
    set: ['lottery'],
    funding: 120,
    amounts: { lottery: [80, 40] },
  },
  {
    name: 'a part cap over two blocks, a second part uncapped, a loose item bound',
    costs: [100, 100, 100],
    items: [
      {
        id: 'a',
        upper: 1000,
        parts: [
          { blocks: [0, 1], caps: [100, 100], upper: 60 },
          { blocks: [2], caps: [50] },
        ],
      },
    ],
    set: ['a'],
    funding: 110,
    sums: [
      { id: 'a', blocks: [0, 1], amount: 60 },
      { id: 'a', blocks: [2], amount: 50 },
    ],
  },
  {
    name: 'a second programme fills what the part cap leaves in its blocks',
    costs: [100, 100, 100],
    items: [
      {
        id: 'a',
        upper: 1000,
        parts: [
          { blocks: [0, 1], caps: [100, 100], upper: 60 },
          { blocks: [2], caps: [50] },
        ],
      },
      { id: 'b', isPublic: false, parts: [{ blocks: [0, 1], caps: [100, 100] }] },
    ],
    set: ['a', 'b'],
    // a: 60 in blocks 0 and 1, 50 in block 2; b: the other 140 of blocks 0 and 1.
    funding: 250,
    sums: [
      { id: 'a', blocks: [0, 1], amount: 60 },
      { id: 'a', blocks: [2], amount: 50 },
      { id: 'b', blocks: [0, 1], amount: 140 },
    ],
  },
  {
    name: 'part caps and the programme cap bind together',
    costs: [100, 100],
    items: [
      {
        id: 'a',
        upper: 100,
        parts: [
          { blocks: [0], caps: [100], upper: 70 },
          { blocks: [1], caps: [100], upper: 70 },
        ],
      },
    ],
    set: ['a'],
    funding: 100,
  },
  {
    name: 'a minimum above what the parts allow makes the set invalid',
    costs: [100, 100],
    items: [
      {
        id: 'a',
        upper: 200,
        lower: 150,
        parts: [
          { blocks: [0], caps: [100], upper: 70 },
          { blocks: [1], caps: [100], upper: 70 },
        ],
      },
    ],
    set: ['a'],
    funding: null,
  },
  {
    name: 'a foundation: investment part capped at 9 % of the total costs',
    costs: [1000, 10_000],
    items: [
      {
        id: 'foundation',
        isPublic: false,
        upper: 11_000,
        parts: [
          { blocks: [0], caps: [1000] },
          { blocks: [1], caps: [10_000], upper: 990 },
        ],
      },
    ],
    set: ['foundation'],
    funding: 1990,
    amounts: { foundation: [1000, 990] },
  },
  {
    name: 'two programmes in one block: each up to its own rate',
    costs: [100],
    items: [
      { id: 'lottery', isPublic: false, upper: 1000, parts: [{ blocks: [0], caps: [30] }] },
      { id: 'land', upper: 1000, parts: [{ blocks: [0], caps: [50] }] },
    ],
    set: ['land', 'lottery'],
    funding: 80,
    amounts: { land: [50], lottery: [30] },
  },
  // KfW 432: 75 % of its concept (block 0, 30,000 €), and Bund + Land together at most 85 % of
  // the costs it funds: 25,500 € in block 0, not the 22,500 + 21,000 € the two rates allow.
  // The Land programme's 70 % of block 1 (10,000 €), which KfW 432 does not fund, stays whole.
  {
    name: 'a public cap on the costs one programme funds limits the others only there',
    costs: [30_000, 10_000],
    items: [
      { id: 'kfw', parts: [{ blocks: [0], caps: [22_500] }], blockFundingPercent: 85 },
      { id: 'land', parts: [{ blocks: [0, 1], caps: [21_000, 7_000] }] },
    ],
    set: ['kfw', 'land'],
    // Who pays which euro of block 0 is open (both splits keep every rule): its 25,500 € total is.
    funding: 22_500 + 3_000 + 7_000,
    sums: [{ id: 'land', blocks: [1], amount: 7_000 }],
  },
  // Without KfW 432 in the set its cap binds no one: 70 % of both blocks.
  {
    name: 'the cap on funded costs binds only while its programme is in the set',
    costs: [30_000, 10_000],
    items: [
      { id: 'kfw', parts: [{ blocks: [0], caps: [22_500] }], blockFundingPercent: 85 },
      { id: 'land', parts: [{ blocks: [0, 1], caps: [21_000, 7_000] }] },
    ],
    set: ['land'],
    funding: 28_000,
    amounts: { land: [21_000, 7_000] },
  },
]

describe('allocation with money parts', () => {
  it.each(partCases)('$name', (c) => {
    const problem = problemOf(c.costs, c.items)
    const set = indices(problem, c.set)
    const alloc = new Allocator(problem)
    const evaluation = alloc.evaluate(set)
    if (c.funding === null) {
      expect(evaluation).toBeNull()
      return
    }
    expect(evaluation).not.toBeNull()
    expect(evaluation!.funding).toBe(c.funding)
    expect(capViolations(problem, set, evaluation!)).toEqual([])
    for (const [id, amounts] of Object.entries(c.amounts ?? {}))
      expect(amountsOf(problem, set, evaluation!, id)).toEqual(amounts)
    for (const s of c.sums ?? []) {
      const x = amountsOf(problem, set, evaluation!, s.id)
      expect(sum(s.blocks.map((b) => x[b]!))).toBe(s.amount)
    }
    // Without minimums and subsidiary items the relaxed flow is the same maximum.
    expect(alloc.relaxed(set)).toBe(c.funding)
  })

  it('the relaxed bound keeps the part caps even when the minimum cannot be met', () => {
    const problem = problemOf([100, 100], partCases[5]!.items)
    expect(new Allocator(problem).relaxed([0])).toBe(140)
  })

  it('the gain bound counts each part at most up to its cap', () => {
    // The Land programme funds block 0 in full and could take more (its upper bound is loose),
    // so block 0 stays on the source side of the cut: the lottery can add only its investment
    // part, 66 € by rate but 40 € by its part cap.
    const capped = { ...lottery.parts[1]!, upper: 40 }
    const problem = problemOf(
      [100, 200],
      [
        { id: 'land', upper: 1000, parts: [{ blocks: [0], caps: [100] }] },
        { ...lottery, upper: 1000, parts: [lottery.parts[0]!, capped] },
      ],
    )
    const set = indices(problem, ['land', 'lottery'])
    const [land, lot] = set
    const alloc = new Allocator(problem)
    expect(alloc.relaxed([land!])).toBe(100)
    const cut = alloc.gainCut()
    expect(alloc.gain(lot!, cut)).toBe(40)
    // Before anything is funded, the lottery's bound is both parts: 80 + 40.
    expect(alloc.gain(lot!, 0b11)).toBe(120)
    alloc.save(0)
    expect(alloc.relaxedAfter(0, set, 2)).toBe(140)
  })
})

// Public money first: a foundation (subsidiary) that names the Land programme may not stand in
// for it while the Land programme could join the combination.
const land: ItemSpec = { id: 'land', parts: [{ blocks: [0], caps: [50] }] }
const foundation: ItemSpec = {
  id: 'foundation',
  isPublic: false,
  subsidiary: true,
  publicFirst: ['land'],
  parts: [{ blocks: [0], caps: [100] }],
}

interface FirstCase {
  name: string
  items: ItemSpec[]
  set: string[]
  funding: number | null
}

const firstCases: FirstCase[] = [
  {
    name: 'invalid alone while a compatible public programme is eligible',
    items: [land, foundation],
    set: ['foundation'],
    funding: null,
  },
  {
    name: 'valid together with it, the public programme paid first',
    items: [land, foundation],
    set: ['foundation', 'land'],
    funding: 100,
  },
  {
    name: 'valid alone when the public programme excludes it',
    items: [{ ...land, excludes: ['foundation'] }, foundation],
    set: ['foundation'],
    funding: 100,
  },
  {
    name: 'valid alone when it excludes the public programme',
    items: [land, { ...foundation, excludes: ['land'] }],
    set: ['foundation'],
    funding: 100,
  },
  {
    name: 'valid when the public programme clashes with another member',
    items: [
      land,
      foundation,
      { id: 'city', isPublic: false, excludes: ['land'], parts: [{ blocks: [0], caps: [30] }] },
    ],
    set: ['city', 'foundation'],
    funding: 100,
  },
  {
    name: 'valid alone when the public programme has no item in the problem',
    items: [foundation],
    set: ['foundation'],
    funding: 100,
  },
  {
    name: 'a primary programme is not bound by another item’s list',
    items: [land, { ...foundation, subsidiary: false }],
    set: ['foundation'],
    funding: 100,
  },
]

describe('public money first', () => {
  it.each(firstCases)('$name', (c) => {
    const problem = problemOf([100], c.items)
    const set = indices(problem, c.set)
    const alloc = new Allocator(problem)
    const evaluation = alloc.evaluate(set)
    expect(evaluation?.funding ?? null).toBe(c.funding)
    if (evaluation) {
      expect(capViolations(problem, set, evaluation)).toEqual([])
      if (c.set.includes('land')) expect(amountsOf(problem, set, evaluation, 'land')).toEqual([50])
    }
    // The search's read-off agrees: an invalid set reads as -1 right after its relaxed flow.
    alloc.relaxed(set)
    if (c.funding === null) expect(alloc.heldFunding(set)).toBe(-1)
  })

  it('the search never ranks the foundation without the Land programme it could take', () => {
    const problem = problemOf([100], firstCases[4]!.items)
    const name = (set: number[]) =>
      set
        .map((i) => problem.items[i]!.program.id)
        .sort()
        .join('+')
    const result = searchCombinations(problem, { k: 10 })
    const ranked = result.top.map((f) => `${name(f.set)}=${f.funding}`)
    // city excludes land, so city makes the foundation valid alone with it.
    const expected = new Map([
      ['foundation+land', 100],
      ['city+foundation', 100],
      ['land', 50],
      ['city', 30],
    ])
    expect(ranked.sort()).toEqual([...expected].map(([k, v]) => `${k}=${v}`).sort())
    const oracle = bruteForce(problem, 10, 6)
    expect(result.top.map((f) => `${f.set.join('+')}=${f.funding}`)).toEqual(
      oracle.top.map((f) => `${f.set.join('+')}=${f.funding}`),
    )
  })
})
