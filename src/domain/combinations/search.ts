// Top-k search: iterative deepening by combination size with branch and bound over
// compatibility bitsets (design measured in the toolchain research, §6). Items are sorted by
// upper bound, so within one size the depth-first order is lexicographic and a bound that fails
// for one item fails for every later one.
import { Allocator, type SetEvaluation } from './allocate'
import type { Problem } from './candidates'

export interface SearchOptions {
  /** How many combinations to return (default 10). */
  k: number
  /** The largest combination considered (default 6 applications). */
  maxSize: number
  /** Up to this many candidate programmes the search is exact; above it the budget applies. */
  exactLimit: number
  /** Time budget in ms for large searches, measured with `now` (default 60). */
  budgetMs: number
  /** A clock in ms, injected by the caller; without it the search never stops early. */
  now?: () => number
  /**
   * The effort rule: each application must add at least this many euros to its plan (default
   * 1: any euro counts) …
   */
  minGain: number
  /** … and at least this share of the plan's funding, in percent (default 0). */
  minGainPercent: number
}

export const DEFAULT_SEARCH: SearchOptions = {
  k: 10,
  maxSize: 6,
  exactLimit: 200,
  budgetMs: 60,
  minGain: 1,
  minGainPercent: 0,
}

/** What one more application must add to a plan funding `funding` euros (the effort rule). */
export function requiredGain(
  funding: number,
  options: Pick<SearchOptions, 'minGain' | 'minGainPercent'>,
) {
  return Math.max(options.minGain, Math.ceil((funding * options.minGainPercent) / 100 - 1e-9))
}
// Even an exact search stops here rather than freezing the page; it then reports exact: false.
const SAFETY_MS = 5000

export interface Found {
  /** Item indices, ascending. */
  set: number[]
  funding: number
}

export interface SearchResult {
  /** The ranked combinations with their full allocation. */
  top: (Found & { evaluation: SetEvaluation })[]
  /** Best combination of each size that beats every smaller size. */
  pareto: Found[]
  exact: boolean
  nodes: number
}

/** Ranking: funding desc (so own share asc), then fewer applications, then item order. */
export function compareFound(a: Found, b: Found): number {
  if (a.funding !== b.funding) return b.funding - a.funding
  if (a.set.length !== b.set.length) return a.set.length - b.set.length
  for (let i = 0; i < a.set.length; i++) if (a.set[i] !== b.set[i]) return a.set[i]! - b.set[i]!
  return 0
}

const MAX_KEY_DIGITS = 6

/**
 * Scores sets with a cache: the necessity check of a set looks at its subsets one smaller,
 * which the previous round of the iterative deepening has mostly evaluated already.
 */
export class Scorer {
  // Funding by set key; -1 marks an invalid set. Sets are ascending item indices; their key is
  // the indices + 1 as digits in base n + 1, a number while six of them fit in 53 bits (n ≤ 455),
  // so keys cost no allocation; larger problems use strings.
  private cache = new Map<number | string, number>()
  private readonly base: number

  constructor(
    readonly alloc: Allocator,
    private readonly gain: (funding: number) => number = () => 1,
  ) {
    this.base = (alloc.size + 1) ** MAX_KEY_DIGITS <= Number.MAX_SAFE_INTEGER ? alloc.size + 1 : 0
  }

  /** The key of `set` without its element at position `skip` (-1 keeps all). */
  private key(set: readonly number[], skip = -1, len = set.length): number | string {
    if (this.base > 0 && len <= MAX_KEY_DIGITS) {
      let key = 0
      for (let i = 0; i < len; i++) if (i !== skip) key = key * this.base + set[i]! + 1
      return key
    }
    let key = ''
    for (let i = 0; i < len; i++) if (i !== skip) key += String.fromCharCode(set[i]!)
    return key
  }

  /** Funding of a valid set, or -1. */
  funding(set: readonly number[]): number {
    const key = this.key(set)
    let value = this.cache.get(key)
    if (value === undefined) {
      // The relaxed flow just computed for this set often settles it without a second search.
      value =
        this.alloc.heldFunding(set) ?? this.alloc.evaluate(set, set.length, false)?.funding ?? -1
      if (this.cache.size < 200_000) this.cache.set(key, value)
    }
    return value
  }

  /**
   * True when a set already known leaves out one programme and still reaches `bound`, an upper
   * bound on this set's funding: then some programme is not needed, without evaluating the set.
   */
  dominated(set: readonly number[], bound: number, len = set.length): boolean {
    // funding − requiredGain(funding) never falls as funding grows, so the bound bounds it too.
    const enough = bound - this.gain(bound)
    for (let k = 0; k < len && len > 1; k++) {
      const known = this.cache.get(this.key(set, k, len))
      if (known !== undefined && known > enough) return true
    }
    return false
  }

  /**
   * Every programme is needed: leaving one out (if the rest is still valid) gives less funding.
   * Supersets that only add an application rank nowhere useful.
   */
  necessary(set: readonly number[], funding: number): boolean {
    if (set.length < 2) return true
    // Leaving a programme out may lose less than the effort rule asks of an application.
    const enough = funding - this.gain(funding)
    for (let k = 0; k < set.length; k++) {
      const known = this.cache.get(this.key(set, k))
      if (known !== undefined) {
        if (known > enough) return false
        continue
      }
      const rest = set.filter((_, i) => i !== k)
      if (this.alloc.relaxed(rest) <= enough) continue
      if (this.funding(rest) > enough) return false
    }
    return true
  }
}

/** A valid combination whose every programme is needed, or null. */
export function scoreSet(scorer: Scorer, set: number[]): Found | null {
  const funding = scorer.funding(set)
  if (funding < 0 || !scorer.necessary(set, funding)) return null
  return { set, funding }
}

function nextBit(row: Uint32Array, from: number): number {
  let w = from >>> 5
  if (w >= row.length) return -1
  let bits = row[w]! & (~0 << (from & 31))
  for (;;) {
    if (bits !== 0) return (w << 5) + (31 - Math.clz32(bits & -bits))
    if (++w >= row.length) return -1
    bits = row[w]!
  }
}

export function searchCombinations(
  problem: Problem,
  options: Partial<SearchOptions> = {},
): SearchResult {
  const settings = { ...DEFAULT_SEARCH, ...options }
  const { k, maxSize, exactLimit, budgetMs, now } = settings
  const { items, compat, totalCosts } = problem
  const n = items.length
  const words = Math.ceil(n / 32)
  const alloc = new Allocator(problem)
  const scorer = new Scorer(alloc, (funding) => requiredGain(funding, settings))
  const top: Found[] = []
  const bestBySize: (Found | undefined)[] = []
  const programmes = new Set(items.map((item) => item.program.id)).size
  const limitMs = programmes > exactLimit ? budgetMs : SAFETY_MS
  const started = now?.() ?? 0
  let nodes = 0
  let cut = false
  const chosen: number[] = []
  const allowed = Array.from({ length: maxSize + 1 }, () => new Uint32Array(words))
  const everyBlock = (1 << problem.blocks.length) - 1
  const kth = () => (top.length < k ? -1 : top[k - 1]!.funding)
  if (k < 1) return { top: [], pareto: [], exact: true, nodes: 0 }

  const offer = (len: number, bound: number) => {
    const set = chosen.slice(0, len)
    if (scorer.dominated(set, bound)) return
    const funding = scorer.funding(set)
    if (funding < 0) return
    const found: Found = { set, funding }
    const best = bestBySize[len]
    const improvesLine = !best || found.funding > best.funding
    const entersTop = top.length < k || compareFound(found, top[k - 1]!) < 0
    if (!(improvesLine || entersTop) || !scorer.necessary(set, found.funding)) return
    if (improvesLine) bestBySize[len] = found
    if (!entersTop) return
    let at = top.length
    while (at > 0 && compareFound(found, top[at - 1]!) < 0) at--
    top.splice(at, 0, found)
    if (top.length > k) top.pop()
  }

  // relaxed: the relaxed flow of the chosen prefix, kept by the allocator under slot `depth` when
  // it was computed exactly; open: the cut it ended on (Allocator.gainCut), which bounds what
  // each further programme can add.
  const dfs = (
    target: number,
    depth: number,
    start: number,
    relaxed: number,
    cap: number,
    open: number,
  ) => {
    const slots = target - depth
    const row = allowed[depth]!
    const next = allowed[depth + 1]!
    for (let j = nextBit(row, start); j >= 0 && !cut; j = nextBit(row, j + 1)) {
      const item = items[j]!
      const bar = kth()
      // Later items have smaller upper bounds: if this one cannot reach the bar, none can.
      if (Math.min(cap, relaxed + item.upper * slots) <= bar) break
      const cj = compat[j]!
      for (let w = 0; w < words; w++) next[w] = row[w]! & cj[w]!
      let rest = 0
      let count = 0
      for (let i = nextBit(next, j + 1); i >= 0 && count < slots - 1; i = nextBit(next, i + 1)) {
        rest += items[i]!.upper
        count++
      }
      if (count < slots - 1) continue
      const capJ = Math.min(cap, item.totalCap)
      const gain = alloc.gain(j, open)
      if (Math.min(capJ, relaxed + gain + rest) <= bar) continue
      chosen[depth] = j
      if (++nodes % 64 === 0 && now && now() - started > limitMs) cut = true
      // A leaf whose one-smaller subset already reaches its cap needs no flow at all.
      if (slots === 1 && scorer.dominated(chosen, capJ, target)) continue
      // While the top k is not full nothing is pruned, so a cheap bound does for the children.
      const exact = bar >= 0
      const flow = exact ? alloc.relaxedAfter(depth, chosen, depth + 1) : relaxed + gain
      if (Math.min(capJ, flow + rest) <= bar) continue
      if (slots === 1) {
        offer(target, Math.min(capJ, flow))
        continue
      }
      const left = exact ? alloc.gainCut() : everyBlock
      if (exact) alloc.save(depth + 1)
      else alloc.forget(depth + 1)
      dfs(target, depth + 1, j + 1, flow, capJ, left)
    }
  }

  alloc.relaxed([], 0)
  alloc.save(0)
  const first = allowed[0]!
  for (let j = 0; j < n; j++) first[j >>> 5]! |= 1 << (j & 31)
  for (let target = 1; target <= Math.min(maxSize, n) && !cut; target++) {
    if (kth() >= totalCosts) break // the top k already fund every euro with fewer programmes
    dfs(target, 0, 0, 0, totalCosts, everyBlock)
  }

  const pareto: Found[] = []
  for (const found of bestBySize) {
    if (found && found.funding > (pareto.at(-1)?.funding ?? 0)) pareto.push(found)
  }
  const detailed = top.map((found) => ({
    ...found,
    evaluation: alloc.evaluate(found.set) as SetEvaluation,
  }))
  return { top: detailed, pareto, exact: !cut, nodes }
}
