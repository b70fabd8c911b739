// Optimal allocation of a combination's programmes to cost blocks, as a max-flow (the network
// is in ./flow-network). A programme carries at most its upper bound and at least its minimum;
// each of its parts at most its part cap, and in each block at most its rate × the block's
// costs. Each euro of a block reaches the sink once, so nothing is funded twice.
// Subsidiarity is a priority: non-subsidiary programmes are maximised first; augmenting paths
// never lower a source total, so subsidiary money only fills what public money leaves, and the
// final flow is still a maximum flow (Ford–Fulkerson from any feasible flow). One gap: once the
// public cap is reached, a path through PUB can pass public money from a non-subsidiary to a
// subsidiary public programme (tests/combinations/parts-property.test.ts leaves that case to a
// weaker check).
import type { Problem } from './candidates'
import { FlowNetwork, NONE_F64, NONE_I32 } from './flow-network'
import { mapped } from '../mapped'

export interface SetEvaluation {
  funding: number
  publicFunding: number
  /** amounts[k][b]: euros that the k-th programme funds in cost block b (when asked for). */
  amounts: number[][]
}

interface SavedFlow {
  /** The set whose relaxed flow this is (its first m entries); m = -1 when nothing is saved. */
  items: Int32Array
  x: Float64Array
  y: Float64Array
  z: Float64Array
  used: Float64Array
  m: number
  funding: number
  publicFunding: number
}

export class Allocator extends FlowNetwork {
  private heldItems = NONE_I32
  private saved: SavedFlow[] = []
  /** Per item: its programme's number (items of one programme share it). */
  private readonly programme: Int32Array
  /** Per subsidiary item: the items of the public programmes that must come first, or null. */
  private readonly publicFirst: (Int32Array | null)[] = []
  /**
   * Per item: each of its requirement groups as a bitset of the items whose programme meets it
   * (null without requirements), so a check is a bit test rather than a search among ids.
   */
  readonly required: (Uint32Array[] | null)[]

  constructor(problem: Problem) {
    super(problem)
    const { items } = problem
    this.programme = new Int32Array(items.length)
    const byProgramme = new Map<string, number[]>()
    items.forEach((item, i) => {
      const same = byProgramme.get(item.program.id)
      if (same) same.push(i)
      else byProgramme.set(item.program.id, [i])
      this.programme[i] = same ? this.programme[same[0]!]! : byProgramme.size
    })
    const words = Math.ceil(items.length / 32)
    this.required = mapped(items, (item) =>
      item.requires.length === 0
        ? null
        : mapped(item.requires, (group) => {
            const bits = new Uint32Array(words)
            for (const id of group)
              for (const j of byProgramme.get(id) ?? []) bits[j >>> 5]! |= 1 << (j & 31)
            return bits
          }),
    )
    if (!items.some((item) => item.subsidiary && item.publicFirst.length > 0)) return
    this.publicFirst = mapped(items, (item) => {
      if (!item.subsidiary) return null
      const first = item.publicFirst.flatMap((id) => byProgramme.get(id) ?? [])
      return first.length > 0 ? Int32Array.from(first) : null
    })
  }

  /** How many items the problem has. */
  get size(): number {
    return this.problem.items.length
  }

  /** Max funding ignoring minimums and subsidiarity: an upper bound for any superset search. */
  relaxed(set: readonly number[], len = set.length): number {
    this.load(set, len)
    for (let k = 0; k < len; k++) this.cap[k] = this.problem.items[set[k] as number]!.upper
    this.maximise()
    this.hold(set, len)
    return this.funding
  }

  /** Requirements met, public money first, minimums reachable and subsidiarity kept, or null. */
  evaluate(set: readonly number[], len = set.length, withAmounts = true): SetEvaluation | null {
    if (!this.rulesMet(set, len)) return null
    const { items } = this.problem
    this.load(set, len)
    // Four phases: minimums of the primary programmes, their maximum, then the same for the
    // subsidiary ones. A minimum that cannot be reached makes the combination invalid.
    for (const subsidiary of [false, true]) {
      let any = false
      for (let k = 0; k < len; k++) {
        const item = items[set[k] as number]!
        if (item.subsidiary !== subsidiary) continue
        any = true
        this.cap[k] = item.lower
      }
      if (!any) continue
      this.maximise()
      for (let k = 0; k < len; k++) {
        const item = items[set[k] as number]!
        if (item.subsidiary !== subsidiary) continue
        if (this.y[k]! < item.lower) return null
        this.cap[k] = item.upper
        this.low[k] = item.lower
      }
      this.maximise()
    }
    const amounts: number[][] = []
    for (let k = 0; k < len && withAmounts; k++) {
      amounts.push(Array.from(this.x.subarray(k * this.nb, (k + 1) * this.nb)))
    }
    return { funding: this.funding, publicFunding: this.publicFunding, amounts }
  }

  /** The rules of a combination that do not depend on the money: requirements, public first. */
  rulesMet(set: readonly number[], len = set.length): boolean {
    return this.requirementsMet(set, len) && this.publicMoneyFirst(set, len)
  }

  requirementsMet(set: readonly number[], len = set.length): boolean {
    for (let k = 0; k < len; k++) {
      const groups = this.required[set[k]!]
      if (groups) for (const group of groups) if (!anyIn(group, set, len)) return false
    }
    return true
  }

  /**
   * Public money first: a subsidiary programme may not stand in for an eligible public
   * programme (one it names in `publicFirst`) that could join the set — one of its items is
   * compatible with every member — but is left out.
   */
  publicMoneyFirst(set: readonly number[], len = set.length): boolean {
    if (this.publicFirst.length === 0) return true
    for (let k = 0; k < len; k++) {
      const first = this.publicFirst[set[k]!]
      if (!first) continue
      for (const j of first) if (this.couldJoin(j, set, len)) return false
    }
    return true
  }

  /** Item j's programme is not in the set and j is compatible with every member. */
  private couldJoin(j: number, set: readonly number[], len: number): boolean {
    const row = this.problem.compat[j]!
    for (let k = 0; k < len; k++) {
      const member = set[k]!
      if (this.programme[member] === this.programme[j]) return false
      if (((row[member >>> 5]! >>> (member & 31)) & 1) === 0) return false
    }
    return true
  }

  /** Keeps the current relaxed flow (of the set last given to `relaxed`) under `slot`. */
  save(slot: number): void {
    const saved = (this.saved[slot] ??= {
      items: NONE_I32,
      x: NONE_F64,
      y: NONE_F64,
      z: NONE_F64,
      used: new Float64Array(this.nb),
      m: -1,
      funding: 0,
      publicFunding: 0,
    })
    const { m, p, nb } = this
    // Only a relaxed flow may seed a warm start.
    if (!this.held) {
      saved.m = -1
      return
    }
    if (saved.y.length < m) {
      saved.items = new Int32Array(m)
      saved.x = new Float64Array(m * nb)
      saved.y = new Float64Array(m)
    }
    if (saved.z.length < p) saved.z = new Float64Array(p)
    for (let k = 0; k < m; k++) saved.items[k] = this.heldItems[k]!
    copy(saved.x, this.x, m * nb)
    copy(saved.y, this.y, m)
    copy(saved.z, this.z, p)
    copy(saved.used, this.used, nb)
    saved.m = m
    saved.funding = this.funding
    saved.publicFunding = this.publicFunding
  }

  /** Marks `slot` as holding nothing. */
  forget(slot: number): void {
    const saved = this.saved[slot]
    if (saved) saved.m = -1
  }

  /**
   * `relaxed(set, len)` where `slot` holds the relaxed flow of the set without its last item:
   * that flow is still feasible when it fits the last item's caps, so the search goes on from
   * it. The maximum flow, and the cut `gainCut` reports, is the same either way.
   */
  relaxedAfter(slot: number, set: readonly number[], len: number): number {
    const saved = this.saved[slot]
    if (!saved || !this.stillFeasible(saved, set, len)) return this.relaxed(set, len)
    this.load(set, len, saved.m)
    // The prefix's items come first, so their parts keep their numbers: the flow copies over.
    copy(this.x, saved.x, saved.m * this.nb)
    copy(this.y, saved.y, saved.m)
    copy(this.z, saved.z, this.firstPart[saved.m]!)
    copy(this.used, saved.used, this.nb)
    this.funding = saved.funding
    this.publicFunding = saved.publicFunding
    for (let k = 0; k < len; k++) this.cap[k] = this.problem.items[set[k] as number]!.upper
    this.maximise(saved.m)
    this.hold(set, len)
    return this.funding
  }

  /**
   * The saved flow is a relaxed flow of set[0 … len-2], so with the last item at zero it keeps
   * every item, part and block cap; only the last item's total and public caps, or its cap on
   * its blocks (which may leave less room than the flow already uses), can cut it.
   */
  private stillFeasible(saved: SavedFlow, set: readonly number[], len: number): boolean {
    if (saved.m !== len - 1) return false
    for (let k = 0; k < saved.m; k++) if (saved.items[k] !== set[k]) return false
    if (!this.roomKeeps(set[len - 1]!, saved.used)) return false
    const last = this.problem.items[set[len - 1]!]!
    return last.totalCap >= saved.funding && last.publicCap >= saved.publicFunding
  }

  private hold(set: readonly number[], len: number): void {
    if (this.heldItems.length < len) this.heldItems = new Int32Array(len)
    for (let k = 0; k < len; k++) this.heldItems[k] = set[k]!
    this.held = true
  }

  /**
   * The evaluation's funding read off the relaxed flow held for `set`, when that flow already
   * is one: no subsidiary programme (so no order of filling) and every minimum met, so the
   * relaxed maximum is reachable with the minimums too. -1 when a rule is unmet; null
   * when `evaluate` must decide.
   */
  heldFunding(set: readonly number[], len = set.length): number | null {
    if (!this.held || this.m !== len) return null
    for (let k = 0; k < len; k++) if (this.heldItems[k] !== set[k]) return null
    if (!this.rulesMet(set, len)) return -1
    for (let k = 0; k < len; k++) {
      const item = this.problem.items[set[k] as number]!
      if (item.subsidiary || this.y[k]! < item.lower) return null
    }
    return this.funding
  }
}

/** True when one of the first `len` items of `set` is in the bitset `bits`. */
export function anyIn(bits: Uint32Array, set: readonly number[], len: number): boolean {
  for (let m = 0; m < len; m++) {
    const i = set[m]!
    if (((bits[i >>> 5]! >>> (i & 31)) & 1) !== 0) return true
  }
  return false
}

/** The first n entries; a loop beats `subarray().set()` for the few entries copied here. */
function copy(to: Float64Array, from: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) to[i] = from[i]!
}
