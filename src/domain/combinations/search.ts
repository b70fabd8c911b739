// Top-k search: iterative deepening by combination size with branch and bound over
// compatibility bitsets (design measured in the toolchain research, §6). Items are sorted by
// upper bound, so within one size the depth-first order is lexicographic and a bound that fails
// for one item fails for every later one.
import { Allocator, anyIn, type SetEvaluation } from './allocate'
import type { Problem } from './candidates'
import { mapped } from '../mapped'

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
   * Remembers the funding of the first `len` items of `set` when the relaxed flow the allocator
   * holds for them settles it (Allocator.heldFunding): a prefix of the search whose funding is
   * known lets `dominated` rule out the sets one larger that add too little, without their flow.
   */
  noteHeld(set: readonly number[], len: number): void {
    const key = this.key(set, -1, len)
    if (this.cache.has(key) || this.cache.size >= 200_000) return
    const value = this.alloc.heldFunding(set, len)
    if (value !== null) this.cache.set(key, value)
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

/**
 * Past this many candidates a bound on the rest of a combination stops looking at each gain and
 * assumes the next item's upper bound for all that follow: the scan stays short in catalogues of
 * thousands, and the bound stays valid (a gain never exceeds its item's upper bound).
 */
const REST_SCAN = 48

/** The first index from `from` on whose bit is set in both `a` and `b`, or -1. */
function nextBit2(a: Uint32Array, b: Uint32Array, from: number): number {
  let w = from >>> 5
  if (w >= a.length) return -1
  let bits = a[w]! & b[w]! & (~0 << (from & 31))
  for (;;) {
    if (bits !== 0) return (w << 5) + (31 - Math.clz32(bits & -bits))
    if (++w >= a.length) return -1
    bits = a[w]! & b[w]!
  }
}

export function searchCombinations(
  problem: Problem,
  options: Partial<SearchOptions> = {},
): SearchResult {
  const settings = { ...DEFAULT_SEARCH, ...options }
  if (settings.k < 1) return { top: [], pareto: [], exact: true, nodes: 0 }
  return new BranchAndBound(problem, settings).run()
}

/** One search: the top k so far, the best of each size, and the state of the depth-first walk. */
class BranchAndBound {
  private readonly items: Problem['items']
  private readonly alloc: Allocator
  private readonly scorer: Scorer
  private readonly top: Found[] = []
  private readonly bestBySize: (Found | undefined)[] = []
  private readonly chosen: number[] = []
  /** allowed[d]: the items compatible with the first d chosen ones. */
  private readonly allowed: Uint32Array[]
  /** Scratch for leafRow. */
  private readonly narrow: Uint32Array
  // Per depth d (at d * n): each item's gain over the cut of the prefix chosen so far
  // (Allocator.gain), worked out once per prefix; a value counts only while its stamp equals the
  // depth's current stamp. One flat array for all depths: the catalogue's searches are small,
  // and creating arrays is a good part of their work.
  private readonly cuts: number[]
  /** At d * blocks: the slack of each block beyond the cut at depth d (FlowNetwork.cutSlack). */
  private readonly slacks: Float64Array
  /** At d: what any items added to the prefix at depth d add at most (FlowNetwork.slackBeyond). */
  private readonly openSlack: Float64Array
  /** At d: the relaxed flow of the prefix at depth d (a bound on it where none was computed). */
  private readonly flows: Float64Array
  // At d * blocks: FlowNetwork.openRoom of the prefix at depth d, and at d its sum, or -1 when
  // no exact flow was computed for that prefix.
  private readonly unfunded: Float64Array
  private readonly spare: Float64Array
  private readonly rerouted: Float64Array
  private readonly gains: Float64Array
  private readonly gainStamps: Int32Array
  /** Like gains: each item's FlowNetwork.fillBound over the prefix at depth d. */
  private readonly fills: Float64Array
  private readonly fillStamps: Int32Array
  private readonly stamps: Int32Array
  /** Scratch for restBound: the largest gains found, descending. */
  private readonly largest: Float64Array
  private readonly everyBlock: number
  private readonly limitMs: number
  private readonly started: number
  private nodes = 0
  private stopped = false

  constructor(
    private readonly problem: Problem,
    private readonly settings: SearchOptions,
  ) {
    const { items } = problem
    const { maxSize, exactLimit, budgetMs, now } = settings
    const n = items.length
    const words = Math.ceil(n / 32)
    this.items = items
    this.alloc = new Allocator(problem)
    this.scorer = new Scorer(this.alloc, (funding) => requiredGain(funding, settings))
    this.allowed = Array.from({ length: maxSize + 1 }, () => new Uint32Array(words))
    this.narrow = new Uint32Array(words)
    this.cuts = new Array<number>(maxSize + 1).fill(0)
    this.slacks = new Float64Array((maxSize + 1) * problem.blocks.length)
    this.openSlack = new Float64Array(maxSize + 1)
    this.flows = new Float64Array(maxSize + 1)
    this.unfunded = new Float64Array((maxSize + 1) * problem.blocks.length)
    this.spare = new Float64Array((maxSize + 1) * problem.blocks.length)
    this.rerouted = new Float64Array(maxSize + 1)
    this.gains = new Float64Array((maxSize + 1) * n)
    this.gainStamps = new Int32Array((maxSize + 1) * n)
    this.fills = new Float64Array((maxSize + 1) * n)
    this.fillStamps = new Int32Array((maxSize + 1) * n)
    this.stamps = new Int32Array(maxSize + 1)
    this.largest = new Float64Array(maxSize + 1)
    this.everyBlock = (1 << problem.blocks.length) - 1
    const programmes = new Set(mapped(items, (item) => item.program.id)).size
    this.limitMs = programmes > exactLimit ? budgetMs : SAFETY_MS
    this.started = now?.() ?? 0
  }

  run(): SearchResult {
    const { alloc, allowed, problem, settings } = this
    const n = this.items.length
    alloc.relaxed([], 0)
    alloc.save(0)
    this.noSlack(0)
    this.noteRoom(0)
    const first = allowed[0]!
    for (let j = 0; j < n; j++) first[j >>> 5]! |= 1 << (j & 31)
    for (let target = 1; target <= Math.min(settings.maxSize, n) && !this.stopped; target++) {
      // The top k already fund every euro with fewer programmes.
      if (this.kth() >= problem.totalCosts) break
      this.dfs(target, 0, 0, 0, problem.totalCosts, this.everyBlock)
    }
    const pareto: Found[] = []
    for (const found of this.bestBySize) {
      if (found && found.funding > (pareto.at(-1)?.funding ?? 0)) pareto.push(found)
    }
    const detailed = mapped(this.top, ({ set, funding }) => ({
      set,
      funding,
      evaluation: alloc.evaluate(set) as SetEvaluation,
    }))
    return { top: detailed, pareto, exact: !this.stopped, nodes: this.nodes }
  }

  private kth(): number {
    const { top } = this
    return top.length < this.settings.k ? -1 : top[this.settings.k - 1]!.funding
  }

  /**
   * Extends the first `depth` chosen items (relaxed flow `relaxed`, held by the allocator under
   * slot `depth` when it was computed exactly, ending on cut `open`) to sets of `target` items.
   * Items come sorted by upper bound, so a bound that fails for one item fails for every later
   * one; a set is never offered unless its bound beats the k-th funding found so far.
   */
  private dfs(
    target: number,
    depth: number,
    start: number,
    relaxed: number,
    cap: number,
    open: number,
  ): void {
    const slots = target - depth
    const row = slots === 1 ? this.leafRow(depth) : this.allowed[depth]!
    this.cuts[depth] = open
    this.stamps[depth]!++
    const slack = this.alloc.slackBeyond(open, this.slacks, depth * this.problem.blocks.length)
    this.openSlack[depth] = slack
    this.flows[depth] = relaxed
    // The best `slots` items that are left, alone: if they cannot beat the bar, no set can.
    const bar = this.kth()
    const all = this.restBound(depth, row, start, slots, bar - relaxed)
    if (all < 0 || Math.min(cap, relaxed + Math.min(all, slack)) <= bar) return
    for (let j = nextBit(row, start); j >= 0 && !this.stopped; j = nextBit(row, j + 1)) {
      // Later items have smaller upper bounds: if this one cannot reach the bar, none can.
      const upper = Math.min(this.items[j]!.upper * slots, slack)
      if (Math.min(cap, relaxed + upper) <= this.kth()) break
      this.extend(target, depth, row, j, relaxed, cap)
    }
  }

  /**
   * Item j as the next one after the prefix at `depth` (from `row`): bounded by its gain and
   * the gains of the items that could follow it, then by the exact relaxed flow once the top k
   * is full; a complete set is offered, a shorter one extended further.
   */
  private extend(
    target: number,
    depth: number,
    row: Uint32Array,
    j: number,
    relaxed: number,
    cap: number,
  ): void {
    const { alloc, chosen } = this
    const slots = target - depth
    const leaf = slots === 1
    if (leaf && !this.requirementsMetBy(j, depth)) return
    chosen[depth] = j
    const next = this.allowed[depth + 1]!
    if (!leaf) {
      const cj = this.problem.compat[j]!
      for (let w = 0; w < next.length; w++) next[w] = row[w]! & cj[w]!
      if (!this.canMeetRequirements(depth + 1, next, j + 1, slots === 2)) return
    }
    const bar = this.kth()
    const capJ = Math.min(cap, this.items[j]!.totalCap)
    const gain = this.gainAt(depth, j)
    const rest = this.restBound(depth, next, j + 1, slots - 1, bar - relaxed - gain)
    const slack = this.openSlack[depth]!
    if (rest < 0 || Math.min(capJ, relaxed + Math.min(gain + rest, slack)) <= bar) return
    if (++this.nodes % 64 === 0) this.checkClock()
    // A leaf needs no flow when its bound cannot beat the bar (prefix and j together only fill
    // what the prefix leaves open: fillBound) or a one-smaller subset already reaches it.
    if (leaf) {
      const bound = Math.min(capJ, relaxed + Math.min(gain, slack), this.fillFunding(depth, j))
      if (bound <= bar || this.scorer.dominated(chosen, bound, target)) return
    }
    // While the top k is not full nothing is pruned, so a cheap bound does for the children.
    const exact = bar >= 0
    // The same for the whole subtree: what j and the best fills after it can fill at most.
    if (!leaf && exact && this.rerouted[depth]! >= 0) {
      const restFill = this.restFill(depth, next, j + 1, slots - 1)
      if (restFill < 0 || Math.min(capJ, this.fillFunding(depth, j) + restFill) <= bar) return
    }
    const flow = exact ? alloc.relaxedAfter(depth, chosen, depth + 1) : relaxed + gain
    if (Math.min(capJ, flow + rest, relaxed + slack) <= bar) return
    if (leaf) return this.offer(target, Math.min(capJ, flow))
    const left = exact ? alloc.gainCut() : this.everyBlock
    if (exact) {
      alloc.save(depth + 1)
      alloc.cutSlack(this.slacks, (depth + 1) * this.problem.blocks.length)
      this.noteRoom(depth + 1)
      if (slots === 2) this.scorer.noteHeld(chosen, depth + 1)
    } else {
      alloc.forget(depth + 1)
      this.noSlack(depth + 1)
      this.rerouted[depth + 1] = -1
    }
    this.dfs(target, depth + 1, j + 1, flow, capJ, left)
  }

  /**
   * The items that can complete the prefix of `depth` items: compatible with it, and in every
   * requirement group of a prefix item that the prefix leaves unmet (any other last item makes
   * an invalid set).
   */
  private leafRow(depth: number): Uint32Array {
    const { narrow, chosen } = this
    narrow.set(this.allowed[depth]!)
    for (let k = 0; k < depth; k++) {
      const groups = this.alloc.required[chosen[k]!]
      if (!groups) continue
      for (const group of groups) {
        if (anyIn(group, chosen, depth)) continue
        for (let w = 0; w < narrow.length; w++) narrow[w]! &= group[w]!
      }
    }
    return narrow
  }

  /**
   * Each requirement group the first `len` chosen items leave unmet has an item in `bits` from
   * index `from` on (the items that may still join). With `last`, only one more item joins, so
   * `bits` is narrowed to the items that meet every such group.
   */
  private canMeetRequirements(len: number, bits: Uint32Array, from: number, last: boolean) {
    const { chosen } = this
    for (let k = 0; k < len; k++) {
      const groups = this.alloc.required[chosen[k]!]
      if (!groups) continue
      for (const group of groups) {
        if (anyIn(group, chosen, len)) continue
        if (last) for (let w = 0; w < bits.length; w++) bits[w]! &= group[w]!
        else if (nextBit2(bits, group, from) < 0) return false
      }
    }
    return !last || nextBit(bits, from) >= 0
  }

  /** Item j's own requirement groups are met by the prefix of `depth` items and j. */
  private requirementsMetBy(j: number, depth: number): boolean {
    const groups = this.alloc.required[j]
    if (!groups) return true
    for (const group of groups)
      if (((group[j >>> 5]! >>> (j & 31)) & 1) === 0 && !anyIn(group, this.chosen, depth))
        return false
    return true
  }

  private checkClock(): void {
    const { now } = this.settings
    if (now && now() - this.started > this.limitMs) this.stopped = true
  }

  /** Item j's gain over the cut of the prefix at `depth` (Allocator.gain), computed once. */
  private gainAt(depth: number, j: number): number {
    const at = depth * this.items.length + j
    if (this.gainStamps[at] !== this.stamps[depth]) {
      this.gainStamps[at] = this.stamps[depth]!
      const nb = this.problem.blocks.length
      this.gains[at] = this.alloc.gain(j, this.cuts[depth]!, this.slacks, depth * nb)
    }
    return this.gains[at]!
  }

  /** Keeps FlowNetwork.openRoom of the flow just computed for the prefix at `depth`. */
  private noteRoom(depth: number): void {
    const at = depth * this.problem.blocks.length
    this.rerouted[depth] = this.alloc.openRoom(this.unfunded, this.spare, at)
  }

  /** A bound on the funding of the prefix at `depth` and item j (FlowNetwork.fillBound). */
  private fillFunding(depth: number, j: number): number {
    const base = this.rerouted[depth]!
    if (base < 0) return Infinity
    return this.flows[depth]! + base + this.fillAt(depth, j)
  }

  private fillAt(depth: number, j: number): number {
    const at = depth * this.items.length + j
    if (this.fillStamps[at] !== this.stamps[depth]) {
      this.fillStamps[at] = this.stamps[depth]!
      const nb = this.problem.blocks.length
      this.fills[at] = this.alloc.fillBound(j, this.unfunded, this.spare, depth * nb)
    }
    return this.fills[at]!
  }

  /** The sum of the `need` largest fills among the items of `bits` from `from` on, or -1. */
  private restFill(depth: number, bits: Uint32Array, from: number, need: number): number {
    if (need === 0) return 0
    const { largest, items } = this
    let count = 0
    let sum = 0
    for (let i = nextBit(bits, from); i >= 0; i = nextBit(bits, i + 1)) {
      if (count >= need && largest[need - 1]! >= items[i]!.upper) break
      sum += this.keepLargest(this.fillAt(depth, i), ++count, need)
    }
    return count < need ? -1 : sum
  }

  /** No flow was computed for the prefix at `depth`: each block's slack is all its costs. */
  private noSlack(depth: number): void {
    const { blocks } = this.problem
    for (let b = 0; b < blocks.length; b++)
      this.slacks[depth * blocks.length + b] = blocks[b]!.amount
  }

  /**
   * An upper bound on what `need` more items from `bits` (from index `from` on) can add to the
   * prefix at `depth`: the sum of their largest gains over its cut (the flow of the prefix plus
   * any items is at most its flow plus each item's gain, see Allocator.gainCut). -1 when fewer
   * than `need` items are left. The scan stops early once the bound is known to exceed `room`
   * (then the value returned is still an upper bound) or no later item can raise it.
   */
  private restBound(
    depth: number,
    bits: Uint32Array,
    from: number,
    need: number,
    room: number,
  ): number {
    if (need === 0) return 0
    const { largest, items } = this
    let count = 0
    let sum = 0
    for (let i = nextBit(bits, from); i >= 0; i = nextBit(bits, i + 1)) {
      const upper = items[i]!.upper
      if (count >= need) {
        // Every later gain is at most this item's upper bound.
        if (largest[need - 1]! >= upper) break
        if (count >= REST_SCAN || sum > room) return this.withCeiling(need, upper)
      }
      sum += this.keepLargest(this.gainAt(depth, i), ++count, need)
    }
    return count < need ? -1 : sum
  }

  /**
   * Keeps `value`, the `count`-th one seen, among the `need` largest in `largest` (descending):
   * returns by how much their sum grows.
   */
  private keepLargest(value: number, count: number, need: number): number {
    const { largest } = this
    let at = Math.min(count, need) - 1
    let grows = value
    if (count > need) {
      if (value <= largest[at]!) return 0
      grows -= largest[at]!
    }
    while (at > 0 && largest[at - 1]! < value) {
      largest[at] = largest[at - 1]!
      at--
    }
    largest[at] = value
    return grows
  }

  /** The sum of the `need` largest gains found, each raised to at least `ceiling`. */
  private withCeiling(need: number, ceiling: number): number {
    let sum = 0
    for (let m = 0; m < need; m++) sum += Math.max(this.largest[m]!, ceiling)
    return sum
  }

  /** Scores the chosen set of `len` items and keeps it if it ranks (bound: its funding's cap). */
  private offer(len: number, bound: number): void {
    const { scorer, top, bestBySize } = this
    const { k } = this.settings
    const set = this.chosen.slice(0, len)
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
}
