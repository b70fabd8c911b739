// The max-flow network behind the allocation of a combination's programmes to cost blocks:
//   S →(total cap) → PUB →(public cap) → public programme ┐
//                  └───────────────────→ private programme ┴→ its cost blocks →(cost) sink
// Each euro of a block reaches the sink once, so nothing is funded twice. The network is tiny
// (≤ 6 programmes, ≤ 20 blocks), so the BFS works on bitmasks without allocating. The policy —
// which caps and minimums apply in which order — is in ./allocate.
import type { Problem } from './candidates'

export const NO_CAP = Number.MAX_SAFE_INTEGER
const FROM_SOURCE = -2
const FROM_PUB = -3
const UNSEEN = -1
/** `gainCut()` when the set's total cap is reached: no further programme adds a euro. */
export const CUT_CLOSED = -1
/** Flag in `gainCut()`: the public cap is reached, so further public programmes add nothing. */
export const CUT_PUBLIC_CLOSED = 1 << 30

export class FlowNetwork {
  protected readonly nb: number
  protected readonly cost: Float64Array
  protected readonly masks: Int32Array
  protected x = new Float64Array(0)
  protected used: Float64Array
  protected cap = new Float64Array(0)
  protected low = new Float64Array(0)
  protected y = new Float64Array(0)
  protected pub = new Uint8Array(0)
  protected mask = new Int32Array(0)
  protected viaItem = new Int32Array(0)
  protected viaBlock: Int32Array
  protected queue = new Int32Array(0)
  protected m = 0
  protected totalCap = 0
  protected publicCap = 0
  protected funding = 0
  protected publicFunding = 0
  private lastCut = 0
  /** True while the flow held is the relaxed flow of the set last loaded (see Allocator). */
  protected held = false

  constructor(protected readonly problem: Problem) {
    this.nb = problem.blocks.length
    this.cost = Float64Array.from(problem.blocks, (b) => b.amount)
    this.masks = Int32Array.from(problem.items, (item) =>
      item.blocks.reduce((mask, b) => mask | (1 << b), 0),
    )
    this.used = new Float64Array(this.nb)
    this.viaBlock = new Int32Array(this.nb)
  }

  /** The caps a set imposes: the tightest own-share and public-rate limits of its programmes. */
  caps(set: readonly number[], len = set.length): { total: number; public: number } {
    let total = this.problem.totalCosts
    let pub = NO_CAP
    for (let k = 0; k < len; k++) {
      const item = this.problem.items[set[k] as number]!
      if (item.totalCap < total) total = item.totalCap
      if (item.publicCap < pub) pub = item.publicCap
    }
    return { total, public: pub }
  }

  protected load(set: readonly number[], len: number): void {
    this.held = false
    if (this.cap.length < len) {
      this.cap = new Float64Array(len)
      this.low = new Float64Array(len)
      this.y = new Float64Array(len)
      this.pub = new Uint8Array(len)
      this.mask = new Int32Array(len)
      this.viaItem = new Int32Array(len)
      this.queue = new Int32Array(len)
      this.x = new Float64Array(len * this.nb)
    }
    this.m = len
    const caps = this.caps(set, len)
    this.totalCap = caps.total
    this.publicCap = caps.public
    this.funding = 0
    this.publicFunding = 0
    this.used.fill(0)
    this.x.fill(0, 0, len * this.nb)
    for (let k = 0; k < len; k++) {
      const index = set[k] as number
      this.cap[k] = 0
      this.low[k] = 0
      this.y[k] = 0
      this.pub[k] = this.problem.items[index]!.isPublic ? 1 : 0
      this.mask[k] = this.masks[index]!
    }
  }

  /**
   * After `relaxed(S)`: the minimum cut it ended on, as the blocks beyond the cut (a bitmask)
   * plus CUT_PUBLIC_CLOSED, or CUT_CLOSED. Any programme i added to S raises the relaxed flow by
   * at most min(upper_i, cost of i's blocks beyond the cut), and by nothing when the cut closes
   * its way in: put i on the source side of that cut (paying for its blocks beyond it) or on the
   * sink side (paying its upper bound). The caps of a larger set are only tighter.
   */
  gainCut(): number {
    return this.lastCut
  }

  /** The bound of `gainCut` for item `index`. */
  gain(index: number, cut: number): number {
    if (cut === CUT_CLOSED) return 0
    const item = this.problem.items[index]!
    if (item.isPublic && (cut & CUT_PUBLIC_CLOSED) !== 0) return 0
    let cost = 0
    for (let bits = this.masks[index]! & cut & ~CUT_PUBLIC_CLOSED; bits !== 0; bits &= bits - 1)
      cost += this.cost[31 - Math.clz32(bits & -bits)]!
    return Math.min(item.upper, cost)
  }

  /** Shortest augmenting paths until none is left. */
  protected maximise(): void {
    const { m, nb, x, y, cap, low, pub, mask, cost, used, viaItem, viaBlock, queue } = this
    for (;;) {
      const totalRes = this.totalCap - this.funding
      if (totalRes <= 0) {
        this.lastCut = CUT_CLOSED
        return
      }
      const pubRes = this.publicCap - this.publicFunding
      // viaPub: how PUB was reached (FROM_SOURCE, an item k backwards, or UNSEEN).
      let viaPub = pubRes > 0 ? FROM_SOURCE : UNSEEN
      viaBlock.fill(UNSEEN)
      let qt = 0
      for (let k = 0; k < m; k++) {
        viaItem[k] = UNSEEN
        if (cap[k]! - y[k]! <= 0) continue
        if (!pub[k]) viaItem[k] = FROM_SOURCE
        else if (viaPub === FROM_SOURCE) viaItem[k] = FROM_PUB
        else continue
        queue[qt++] = k
      }
      let sinkBlock = -1
      for (let qh = 0; qh < qt && sinkBlock < 0; qh++) {
        const k = queue[qh]!
        for (let bits = mask[k]!; bits !== 0 && sinkBlock < 0; bits &= bits - 1) {
          const b = 31 - Math.clz32(bits & -bits)
          if (viaBlock[b] !== UNSEEN) continue
          viaBlock[b] = k
          if (used[b]! < cost[b]!) {
            sinkBlock = b
            break
          }
          for (let k2 = 0; k2 < m; k2++) {
            if (viaItem[k2] === UNSEEN && x[k2 * nb + b]! > 0) {
              viaItem[k2] = b
              queue[qt++] = k2
            }
          }
        }
        if (sinkBlock < 0 && pub[k] && viaPub === UNSEEN && y[k]! - low[k]! > 0) {
          viaPub = k
          for (let k2 = 0; k2 < m; k2++) {
            if (viaItem[k2] === UNSEEN && pub[k2] && cap[k2]! - y[k2]! > 0) {
              viaItem[k2] = FROM_PUB
              queue[qt++] = k2
            }
          }
        }
      }
      if (sinkBlock < 0) {
        // No augmenting path: the blocks this search did not reach lie beyond the minimum cut.
        let beyond = viaPub === UNSEEN ? CUT_PUBLIC_CLOSED : 0
        for (let b = 0; b < nb; b++) if (viaBlock[b] === UNSEEN) beyond |= 1 << b
        this.lastCut = beyond
        return
      }
      this.augment(sinkBlock, viaPub, totalRes, pubRes)
    }
  }

  /**
   * Walks the path back from the sink block twice: first to find the bottleneck, then to apply
   * it. A programme reached through PUB either got it from the source, or from another public
   * programme that gives money back (whose own predecessor is then always a block).
   */
  private augment(sinkBlock: number, viaPub: number, totalRes: number, pubRes: number): void {
    const { nb, x, y, cap, low, cost, used, viaItem, viaBlock } = this
    let delta = Math.min(cost[sinkBlock]! - used[sinkBlock]!, totalRes)
    let publicStart = false
    for (let pass = 0; pass < 2; pass++) {
      const apply = pass === 1
      let k = viaBlock[sinkBlock]!
      if (apply) x[k * nb + sinkBlock]! += delta
      for (;;) {
        const via = viaItem[k]!
        if (via >= 0) {
          if (apply) x[k * nb + via]! -= delta
          else delta = Math.min(delta, x[k * nb + via]!)
          k = viaBlock[via]!
          if (apply) x[k * nb + via]! += delta
          continue
        }
        if (apply) y[k]! += delta
        else delta = Math.min(delta, cap[k]! - y[k]!)
        if (via === FROM_SOURCE) break
        if (viaPub === FROM_SOURCE) {
          publicStart = true
          if (!apply) delta = Math.min(delta, pubRes)
          break
        }
        if (apply) y[viaPub]! -= delta
        else delta = Math.min(delta, y[viaPub]! - low[viaPub]!)
        k = viaPub
      }
    }
    used[sinkBlock]! += delta
    this.funding += delta
    if (publicStart) this.publicFunding += delta
  }
}
