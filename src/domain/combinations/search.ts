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
  /** Up to this many items the search is exact; above it the budget applies (default 200). */
  exactLimit: number
  /** Time budget in ms for large searches, measured with `now` (default 60). */
  budgetMs: number
  /** A clock in ms, injected by the caller; without it the search never stops early. */
  now?: () => number
}

export const DEFAULT_SEARCH: SearchOptions = { k: 10, maxSize: 6, exactLimit: 200, budgetMs: 60 }
// Even an exact search stops here rather than freezing the page; it then reports exact: false.
const SAFETY_MS = 5000

export interface Found {
  /** Item indices, ascending. */
  set: number[]
  funding: number
  evaluation: SetEvaluation
}

export interface SearchResult {
  top: Found[]
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

/**
 * A valid combination whose every programme is needed: leaving one out (if still valid) would
 * give less funding. Supersets that only add an application rank nowhere useful.
 */
export function scoreSet(alloc: Allocator, set: number[]): Found | null {
  const evaluation = alloc.evaluate(set)
  if (!evaluation) return null
  if (set.length > 1) {
    for (let k = 0; k < set.length; k++) {
      const rest = set.filter((_, i) => i !== k)
      const without = alloc.evaluate(rest)
      if (without && without.funding >= evaluation.funding) return null
    }
  }
  return { set, funding: evaluation.funding, evaluation }
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
  const { k, maxSize, exactLimit, budgetMs, now } = { ...DEFAULT_SEARCH, ...options }
  const { items, compat, totalCosts } = problem
  const n = items.length
  const words = Math.ceil(n / 32)
  const alloc = new Allocator(problem)
  const top: Found[] = []
  const bestBySize: (Found | undefined)[] = []
  const limitMs = n > exactLimit ? budgetMs : SAFETY_MS
  const started = now?.() ?? 0
  let nodes = 0
  let cut = false
  const chosen: number[] = []
  const allowed = Array.from({ length: maxSize + 1 }, () => new Uint32Array(words))
  const kth = () => (top.length < k ? -1 : top[k - 1]!.funding)

  const offer = (len: number) => {
    const found = scoreSet(alloc, chosen.slice(0, len))
    if (!found) return
    const best = bestBySize[len]
    if (!best || found.funding > best.funding) bestBySize[len] = found
    if (top.length === k && compareFound(found, top[k - 1]!) >= 0) return
    let at = top.length
    while (at > 0 && compareFound(found, top[at - 1]!) < 0) at--
    top.splice(at, 0, found)
    if (top.length > k) top.pop()
  }

  const dfs = (target: number, depth: number, start: number, relaxed: number, cap: number) => {
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
      if (Math.min(capJ, relaxed + item.upper + rest) <= bar) continue
      chosen[depth] = j
      if (++nodes % 64 === 0 && now && now() - started > limitMs) cut = true
      const flow = alloc.relaxed(chosen, depth + 1)
      if (Math.min(capJ, flow + rest) <= bar) continue
      if (slots === 1) offer(target)
      else dfs(target, depth + 1, j + 1, flow, capJ)
    }
  }

  const first = allowed[0]!
  for (let j = 0; j < n; j++) first[j >>> 5]! |= 1 << (j & 31)
  for (let target = 1; target <= Math.min(maxSize, n) && !cut; target++) {
    if (kth() >= totalCosts) break // the top k already fund every euro with fewer programmes
    dfs(target, 0, 0, 0, totalCosts)
  }

  const pareto: Found[] = []
  for (const found of bestBySize) {
    if (found && found.funding > (pareto.at(-1)?.funding ?? 0)) pareto.push(found)
  }
  return { top, pareto, exact: !cut, nodes }
}
