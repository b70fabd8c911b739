// Optimal allocation of a combination's programmes to cost blocks, as a max-flow (the network
// is in ./flow-network). A programme carries at most its upper bound (maximum, rate × its
// eligible costs) and at least its minimum. Each euro of a block reaches the sink once, so
// nothing is funded twice.
// Subsidiarity is a priority: non-subsidiary programmes are maximised first; augmenting paths
// never lower a source total, so subsidiary money only fills what public money leaves, and the
// final flow is still a maximum flow (Ford–Fulkerson from any feasible flow).
import { FlowNetwork } from './flow-network'

export interface SetEvaluation {
  funding: number
  publicFunding: number
  /** amounts[k][b]: euros that the k-th programme funds in cost block b (when asked for). */
  amounts: number[][]
}

interface SavedFlow {
  x: Float64Array
  y: Float64Array
  used: Float64Array
  m: number
  funding: number
  publicFunding: number
}

export class Allocator extends FlowNetwork {
  private heldItems = new Int32Array(0)
  private saved: SavedFlow[] = []

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

  /** Requirements met, minimums reachable and subsidiarity respected, or null. */
  evaluate(set: readonly number[], len = set.length, withAmounts = true): SetEvaluation | null {
    if (!this.requirementsMet(set, len)) return null
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

  requirementsMet(set: readonly number[], len = set.length): boolean {
    const { items } = this.problem
    for (let k = 0; k < len; k++) {
      for (const group of items[set[k] as number]!.requires) {
        let met = false
        for (let m = 0; m < len && !met; m++)
          met = group.includes(items[set[m] as number]!.program.id)
        if (!met) return false
      }
    }
    return true
  }

  /** Keeps the current relaxed flow (of the set last given to `relaxed`) under `slot`. */
  save(slot: number): void {
    const saved = (this.saved[slot] ??= {
      x: new Float64Array(0),
      y: new Float64Array(0),
      used: new Float64Array(this.nb),
      m: 0,
      funding: 0,
      publicFunding: 0,
    })
    const { m, nb } = this
    if (saved.y.length < m) {
      saved.x = new Float64Array(m * nb)
      saved.y = new Float64Array(m)
    }
    saved.x.set(this.x.subarray(0, m * nb))
    saved.y.set(this.y.subarray(0, m))
    saved.used.set(this.used)
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
    const last = this.problem.items[set[len - 1]!]!
    // The saved flow stays feasible unless the last item's caps are below what it already uses.
    if (
      !saved ||
      saved.m !== len - 1 ||
      last.totalCap < saved.funding ||
      last.publicCap < saved.publicFunding
    )
      return this.relaxed(set, len)
    this.load(set, len)
    const { nb } = this
    this.x.set(saved.x.subarray(0, saved.m * nb))
    this.y.set(saved.y.subarray(0, saved.m))
    this.used.set(saved.used)
    this.funding = saved.funding
    this.publicFunding = saved.publicFunding
    for (let k = 0; k < len; k++) this.cap[k] = this.problem.items[set[k] as number]!.upper
    this.maximise()
    this.hold(set, len)
    return this.funding
  }

  private hold(set: readonly number[], len: number): void {
    if (this.heldItems.length < len) this.heldItems = new Int32Array(len)
    for (let k = 0; k < len; k++) this.heldItems[k] = set[k]!
    this.held = true
  }

  /**
   * The evaluation's funding read off the relaxed flow held for `set`, when that flow already
   * is one: no subsidiary programme (so no order of filling) and every minimum met, so the
   * relaxed maximum is reachable with the minimums too. -1 when a requirement is unmet; null
   * when `evaluate` must decide.
   */
  heldFunding(set: readonly number[], len = set.length): number | null {
    if (!this.held || this.m !== len) return null
    for (let k = 0; k < len; k++) if (this.heldItems[k] !== set[k]) return null
    if (!this.requirementsMet(set, len)) return -1
    for (let k = 0; k < len; k++) {
      const item = this.problem.items[set[k] as number]!
      if (item.subsidiary || this.y[k]! < item.lower) return null
    }
    return this.funding
  }
}
