// The max-flow network behind the allocation of a combination's programmes to cost blocks:
//   S →(total cap) → PUB →(public cap) → public programme ┐
//                  └───────────────────→ private programme ┴→ its parts →(part cap) ┐
//                                                  ┌─────────────────────────────────┘
//                                                  └→(rate × cost) its cost blocks →(cost) sink
// A part is one money rule of a programme (say 80 % of personnel costs, or 33 % of investment
// up to 300,000 €); the parts of one programme never share a block, so x[k, b] belongs to one
// part. Each euro of a block reaches the sink once, so nothing is funded twice.
// The network is tiny (≤ 6 programmes, a few parts each, ≤ 20 blocks): breadth-first search
// over an explicit node numbering, in typed arrays that grow only when a set is larger than any
// before. Whole euros: every cap is an integer, so every flow is. The policy — which caps and
// minimums apply in which order — is in ./allocate.
// A programme that caps public money at a share of the costs it funds (KfW 432: 85 % of its
// Vorhaben) lowers the sink edge of each of its blocks to that share while it is in the set:
// all money into those blocks, public or not, stays within it. That holds private money to the
// public cap too — never more than the rule allows, at worst a few euros less.
import type { Problem } from './candidates'
import { NO_CAP } from './no-cap'
import { percentOf } from './percent-of'

/** `gainCut()` when the set's total cap is reached: no further programme adds a euro. */
export const CUT_CLOSED = -1
/** Flag in `gainCut()`: the public cap is reached, so further public programmes add nothing. */
export const CUT_PUBLIC_CLOSED = 1 << 30

// Shared zero-length arrays for the fields `grow` sizes on first use: a search builds a network
// for each problem, and for the catalogue's small problems creating typed arrays is a good part
// of the work. Nothing is ever written to them.
export const NONE_I32 = new Int32Array(0)
export const NONE_F64 = new Float64Array(0)
const NONE_U8 = new Uint8Array(0)

// Predecessors in the search: a node index, or one of these.
const UNSEEN = -1
const SOURCE = -2

export class FlowNetwork {
  protected readonly nb: number
  protected readonly cost: Float64Array
  /** Per block: what the set loaded may fund there (its costs, or less under a block cap). */
  protected readonly room: Float64Array
  /** Per item: the share of each of its blocks a plan with it may fund, or -1 for all. */
  private readonly blockPercent: Float64Array
  /** Blocks of each item, as a bitmask. */
  private readonly masks: Int32Array
  // The problem's parts, flat: item i owns parts partStart[i] … partStart[i + 1] - 1.
  private readonly partStart: Int32Array
  private readonly partMask: Int32Array
  private readonly partUpper: Float64Array
  // Per item and block (index i * nb + b): what the item may fund there, and which of its parts
  // funds it (counted from the item's first part; read only where the item funds the block).
  private readonly blockCap: Float64Array
  private readonly partOf: Int32Array

  // The set loaded, with m items and p parts. Node numbers: items 0 … m-1, parts m … m+p-1,
  // blocks m+p … m+p+nb-1, then PUB.
  protected m = 0
  protected p = 0
  /** Per item: problem item index × nb, the row of its block caps. */
  private row = NONE_I32
  protected cap = NONE_F64
  protected low = NONE_F64
  /** Flow into each item: what it funds. */
  protected y = NONE_F64
  private pub = NONE_U8
  /** Per item: its first part. */
  protected firstPart = NONE_I32
  private partItem = NONE_I32
  private pmask = NONE_I32
  private pcap = NONE_F64
  /** Flow through each part. */
  protected z = NONE_F64
  /** x[k * nb + b]: euros item k funds in block b. */
  protected x = NONE_F64
  /** Euros of each block funded so far. */
  protected used: Float64Array
  private pred = NONE_I32
  private queue = NONE_I32
  private tail = 0
  protected totalCap = 0
  protected publicCap = 0
  protected funding = 0
  protected publicFunding = 0
  private lastCut = 0
  /**
   * True when the last flow ended on a failed search whose reach (`pred`) gives its cut: the cut
   * is worked out when asked for, as most flows (of whole sets, of evaluations) never need it.
   */
  private cutPending = false
  /** Per block beyond the last cut: its costs less what the cut's source side pays into it. */
  private readonly lastSlack: Float64Array
  /** True while the flow held is the relaxed flow of the set last loaded (see Allocator). */
  protected held = false

  // Plain loops: a search builds one network per problem, for up to a few thousand items.
  constructor(protected readonly problem: Problem) {
    const { items, blocks } = problem
    const nb = blocks.length
    this.nb = nb
    this.cost = new Float64Array(nb)
    for (let b = 0; b < nb; b++) this.cost[b] = blocks[b]!.amount
    this.masks = new Int32Array(items.length)
    this.partStart = new Int32Array(items.length + 1)
    for (let i = 0; i < items.length; i++)
      this.partStart[i + 1] = this.partStart[i]! + items[i]!.parts.length
    const parts = this.partStart[items.length]!
    this.partMask = new Int32Array(parts)
    this.partUpper = new Float64Array(parts)
    this.blockCap = new Float64Array(items.length * nb)
    this.partOf = new Int32Array(items.length * nb)
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      for (let q = 0; q < item.parts.length; q++) {
        const part = item.parts[q]!
        const g = this.partStart[i]! + q
        this.partUpper[g] = part.upper
        for (let at = 0; at < part.blocks.length; at++) {
          const b = part.blocks[at]!
          this.partMask[g]! |= 1 << b
          this.blockCap[i * nb + b] = part.blockCaps[at]!
          this.partOf[i * nb + b] = q
        }
      }
      this.masks[i] = bitmask(item.blocks)
    }
    this.used = new Float64Array(nb)
    this.lastSlack = Float64Array.from(this.cost)
    this.room = Float64Array.from(this.cost)
    this.blockPercent = new Float64Array(items.length).fill(-1)
    for (let i = 0; i < items.length; i++)
      if (items[i]!.blockFundingPercent !== null)
        this.blockPercent[i] = items[i]!.blockFundingPercent!
  }

  /** True when item `index`'s cap on its blocks (if any) leaves room for what `used` funds. */
  protected roomKeeps(index: number, used: Float64Array): boolean {
    const percent = this.blockPercent[index]!
    if (percent < 0) return true
    for (let bits = this.masks[index]!; bits !== 0; bits &= bits - 1) {
      const b = lowestBit(bits)
      if (used[b]! > percentOf(this.cost[b]!, percent)) return false
    }
    return true
  }

  /**
   * Loads `set` with every item cap at 0 and no flow, except that the flow of its first `keep`
   * items is left for a warm start to copy in (with `used` and the funding totals).
   */
  protected load(set: readonly number[], len: number, keep = 0): void {
    this.held = false
    this.cutPending = false
    let p = 0
    for (let k = 0; k < len; k++) p += this.partCount(set[k]!)
    this.grow(len, p)
    this.m = len
    this.p = p
    this.funding = 0
    this.publicFunding = 0
    this.used.fill(0)
    this.x.fill(0, keep * this.nb, len * this.nb)
    // The set's caps: the tightest own-share and public-rate limits of its programmes.
    this.totalCap = this.problem.totalCosts
    this.publicCap = NO_CAP
    this.room.set(this.cost)
    for (let k = 0; k < len; k++) {
      const index = set[k]!
      const percent = this.blockPercent[index]!
      if (percent < 0) continue
      for (let bits = this.masks[index]!; bits !== 0; bits &= bits - 1) {
        const b = lowestBit(bits)
        this.room[b] = Math.min(this.room[b]!, percentOf(this.cost[b]!, percent))
      }
    }
    let q = 0
    for (let k = 0; k < len; k++) {
      const index = set[k]!
      const item = this.problem.items[index]!
      this.totalCap = Math.min(this.totalCap, item.totalCap)
      this.publicCap = Math.min(this.publicCap, item.publicCap)
      this.row[k] = index * this.nb
      this.cap[k] = 0
      this.low[k] = 0
      if (k >= keep) this.y[k] = 0
      this.pub[k] = item.isPublic ? 1 : 0
      this.firstPart[k] = q
      for (let g = this.partStart[index]!; g < this.partStart[index + 1]!; g++, q++) {
        this.partItem[q] = k
        this.pmask[q] = this.partMask[g]!
        this.pcap[q] = this.partUpper[g]!
        if (k >= keep) this.z[q] = 0
      }
    }
  }

  private partCount(index: number): number {
    return this.partStart[index + 1]! - this.partStart[index]!
  }

  /** Makes room for `m` items with `p` parts; a no-op once the arrays are large enough. */
  private grow(m: number, p: number): void {
    if (this.cap.length < m) {
      this.row = new Int32Array(m)
      this.cap = new Float64Array(m)
      this.low = new Float64Array(m)
      this.y = new Float64Array(m)
      this.pub = new Uint8Array(m)
      this.firstPart = new Int32Array(m)
      this.x = new Float64Array(m * this.nb)
    }
    if (this.pcap.length < p) {
      this.partItem = new Int32Array(p)
      this.pmask = new Int32Array(p)
      this.pcap = new Float64Array(p)
      this.z = new Float64Array(p)
    }
    const nodes = m + p + this.nb + 1
    if (this.pred.length < nodes) {
      this.pred = new Int32Array(nodes)
      this.queue = new Int32Array(nodes)
    }
  }

  /**
   * After `relaxed(S)`: the minimum cut it ended on, as the blocks beyond the cut (a bitmask)
   * plus CUT_PUBLIC_CLOSED, or CUT_CLOSED. Any programme i added to S raises the relaxed flow by
   * at most `gain(i, cut)`: a cut of the larger network puts i on the sink side (paying its
   * upper bound, or nothing when PUB is there too) or on the source side, and then each of its
   * parts on the sink side (paying the part cap) or on the source side (paying the caps of its
   * blocks beyond the cut). The caps of a larger set are only tighter.
   */
  gainCut(): number {
    if (this.cutPending) {
      this.lastCut = this.unreached()
      this.cutPending = false
    }
    return this.lastCut
  }

  /**
   * Copies the slack of each block beyond the last cut into `into`: its costs less the block
   * caps of the parts on the cut's source side. A block beyond the cut could instead join the
   * source side, trading those caps for its costs, so new programmes together add at most the
   * slack in it (see `gain`).
   */
  cutSlack(into: Float64Array, at = 0): void {
    this.gainCut()
    for (let b = 0; b < this.nb; b++) into[at + b] = this.lastSlack[b]!
  }

  /**
   * After a relaxed flow: each block's euros still unfunded into `open`, and what the set's parts
   * could still pay into it (their caps there less their flow) into `reroute`, both at offset
   * `at`. Returns the sum over blocks of the smaller of the two: what the set could add there by
   * moving money between its own blocks, if a new programme freed the way (see `fillBound`).
   */
  openRoom(open: Float64Array, reroute: Float64Array, at = 0): number {
    const { m, nb, x, blockCap, row } = this
    let sum = 0
    for (let b = 0; b < nb; b++) {
      const unfunded = this.room[b]! - this.used[b]!
      let spare = 0
      if (unfunded > 0)
        for (let k = 0; k < m; k++) {
          const cap = blockCap[row[k]! + b]!
          if (cap > 0) spare += cap - x[k * nb + b]!
        }
      open[at + b] = unfunded
      reroute[at + b] = spare
      sum += Math.min(unfunded, spare)
    }
    return sum
  }

  /**
   * What item `index` adds to the set whose `openRoom` is given, beyond that sum, at most. A cut
   * of the larger network with every item and part on the source side, and each block with
   * unfunded euros on the sink side where that is cheaper, costs the flow plus, per block,
   * min(unfunded, spare + the item's cap there); full blocks cost what they hold. The item (or
   * one of its parts) may sit on the sink side instead, costing its cap. Unlike `gain`, money
   * the item could only take over from the set's programmes counts only where it frees
   * unfunded costs.
   */
  fillBound(index: number, open: Float64Array, reroute: Float64Array, at = 0): number {
    const row = index * this.nb
    let total = 0
    for (let g = this.partStart[index]!; g < this.partStart[index + 1]!; g++) {
      let add = 0
      for (let bits = this.partMask[g]!; bits !== 0; bits &= bits - 1) {
        const b = lowestBit(bits)
        const unfunded = open[at + b]!
        if (unfunded <= 0) continue
        const spare = reroute[at + b]!
        add += Math.min(unfunded, spare + this.blockCap[row + b]!) - Math.min(unfunded, spare)
      }
      total += Math.min(this.partUpper[g]!, add)
    }
    return Math.min(this.problem.items[index]!.upper, total)
  }

  /**
   * The slack beyond `cut` summed (`slack` from `cutSlack` of the same cut, at offset `at`).
   * Programmes added to the set together raise its relaxed flow by at most this much: moving
   * every block beyond the cut to the source side makes a cut of the larger network that costs
   * the flow plus these slacks. Where several programmes would fill the same open costs, the sum
   * of their gains counts those costs once for each of them.
   */
  slackBeyond(cut: number, slack: Float64Array, at = 0): number {
    if (cut === CUT_CLOSED) return 0
    let sum = 0
    for (let bits = cut & ~CUT_PUBLIC_CLOSED; bits !== 0; bits &= bits - 1)
      sum += slack[at + lowestBit(bits)]!
    return sum
  }

  /**
   * The bound of `gainCut` for item `index`: min(upper, Σ_parts min(part cap, caps beyond)),
   * each block cap at most the block's `slack` when given (from `cutSlack` of the same cut, at
   * offset `at`).
   */
  gain(index: number, cut: number, slack?: Float64Array, at = 0): number {
    if (cut === CUT_CLOSED) return 0
    const item = this.problem.items[index]!
    if (item.isPublic && (cut & CUT_PUBLIC_CLOSED) !== 0) return 0
    const beyond = cut & ~CUT_PUBLIC_CLOSED
    if ((this.masks[index]! & beyond) === 0) return 0
    const row = index * this.nb
    let total = 0
    for (let g = this.partStart[index]!; g < this.partStart[index + 1]!; g++) {
      let open = 0
      for (let bits = this.partMask[g]! & beyond; bits !== 0; bits &= bits - 1) {
        const b = lowestBit(bits)
        open += slack ? Math.min(this.blockCap[row + b]!, slack[at + b]!) : this.blockCap[row + b]!
      }
      total += Math.min(this.partUpper[g]!, open)
    }
    return Math.min(item.upper, total)
  }

  /**
   * Direct paths first, then shortest augmenting paths until none is left. Items before `from`
   * hold a maximum flow of their own already (a warm start), so they have no direct path left.
   */
  protected maximise(from = 0): void {
    this.pushDirect(from)
    for (;;) {
      const totalRes = this.totalCap - this.funding
      if (totalRes <= 0) {
        this.lastCut = CUT_CLOSED
        this.cutPending = false
        return
      }
      const sinkBlock = this.search()
      if (sinkBlock < 0) {
        this.cutPending = true
        return
      }
      this.augment(sinkBlock, totalRes)
    }
  }

  /** Pushes what the path to `sinkBlock` found by `search` carries, at most `totalRes`. */
  private augment(sinkBlock: number, totalRes: number): void {
    const node = this.m + this.p + sinkBlock
    const room = Math.min(this.room[sinkBlock]! - this.used[sinkBlock]!, totalRes)
    const delta = this.walk(node, room, false)
    this.walk(node, delta, true)
    this.used[sinkBlock]! += delta
    this.funding += delta
  }

  /**
   * Pushes along every direct path S → item → part → block → sink: no search needed, and most
   * of the flow takes such a path. Any augmenting path keeps the flow feasible, so the searches
   * after it still end at a maximum flow.
   */
  private pushDirect(from: number): void {
    const { m, nb, cap, y, pub, z, pcap, x, used, room, blockCap, row } = this
    for (let k = from; k < m; k++) {
      const end = k + 1 < m ? this.firstPart[k + 1]! : this.p
      for (let q = this.firstPart[k]!; q < end; q++) {
        for (let bits = this.pmask[q]!; bits !== 0; bits &= bits - 1) {
          const b = lowestBit(bits)
          const e = k * nb + b
          const source = pub[k]
            ? Math.min(this.totalCap - this.funding, this.publicCap - this.publicFunding)
            : this.totalCap - this.funding
          const delta = Math.min(
            source,
            cap[k]! - y[k]!,
            pcap[q]! - z[q]!,
            blockCap[row[k]! + b]! - x[e]!,
            room[b]! - used[b]!,
          )
          if (delta <= 0) continue
          y[k]! += delta
          z[q]! += delta
          x[e]! += delta
          used[b]! += delta
          this.funding += delta
          if (pub[k]) this.publicFunding += delta
        }
      }
    }
  }

  /**
   * The minimum cut the last search ended on: the blocks it did not reach, and PUB if it did
   * not reach it. A full block funded only by parts it reached joins the source side: that
   * swaps the saturated part → block edges for the block → sink edge of the same capacity, so
   * the cut stays minimal, and fewer blocks beyond it make a tighter `gain`.
   */
  private unreached(): number {
    const { pred, nb } = this
    const firstBlock = this.m + this.p
    let beyond = pred[firstBlock + nb] === UNSEEN ? CUT_PUBLIC_CLOSED : 0
    for (let b = 0; b < nb; b++) {
      if (pred[firstBlock + b] !== UNSEEN || this.fullFromReached(b)) continue
      beyond |= 1 << b
      this.lastSlack[b] = this.room[b]! - this.paidFromReached(b)
    }
    return beyond
  }

  /** The block caps into block b of the parts the last search reached (the cut's source side). */
  private paidFromReached(b: number): number {
    const { m, pred } = this
    let paid = 0
    for (let k = 0; k < m; k++) {
      const cap = this.blockCap[this.row[k]! + b]!
      if (cap > 0 && pred[m + this.firstPart[k]! + this.partOf[this.row[k]! + b]!] !== UNSEEN)
        paid += cap
    }
    return paid
  }

  private fullFromReached(b: number): boolean {
    const { m, nb, x, pred } = this
    if (this.used[b]! < this.room[b]!) return false
    for (let k = 0; k < m; k++) {
      if (
        x[k * nb + b]! > 0 &&
        pred[m + this.firstPart[k]! + this.partOf[this.row[k]! + b]!] === UNSEEN
      )
        return false
    }
    return true
  }

  /**
   * Breadth-first search of the residual network from S. Returns a block with room left, the
   * path to it in `pred`, or -1 when no block with room is reachable. Only items and parts
   * reached backwards wait in the queue; a part reached from its item, a full block and PUB are
   * expanded as soon as they are reached.
   */
  private search(): number {
    const { m, pred, queue, cap, y, pub } = this
    pred.fill(UNSEEN, 0, m + this.p + this.nb + 1)
    this.tail = 0
    for (let k = 0; k < m; k++) if (!pub[k] && cap[k]! - y[k]! > 0) this.reach(k, SOURCE)
    if (this.publicCap - this.publicFunding > 0) this.openPub(SOURCE)
    for (let head = 0; head < this.tail; head++) {
      const node = queue[head]!
      const sinkBlock = node < m ? this.fromItem(node) : this.fromPart(node)
      if (sinkBlock >= 0) return sinkBlock
    }
    return -1
  }

  private reach(node: number, from: number): void {
    this.pred[node] = from
    this.queue[this.tail++] = node
  }

  /** PUB, reached from S or from a public item handing money back → public items with room. */
  private openPub(from: number): void {
    const { m, pred, cap, y, pub } = this
    pred[m + this.p + this.nb] = from
    for (let k = 0; k < m; k++)
      if (pub[k] && pred[k] === UNSEEN && cap[k]! - y[k]! > 0) this.reach(k, m + this.p + this.nb)
  }

  /** Item k → its parts below their cap; a public item may also hand money back to PUB. */
  private fromItem(k: number): number {
    const { m, pred, pcap, z } = this
    const end = k + 1 < m ? this.firstPart[k + 1]! : this.p
    for (let q = this.firstPart[k]!; q < end; q++) {
      if (pred[m + q] !== UNSEEN || pcap[q]! - z[q]! <= 0) continue
      pred[m + q] = k
      const sinkBlock = this.toBlocks(q)
      if (sinkBlock >= 0) return sinkBlock
    }
    if (this.pub[k] && pred[m + this.p + this.nb] === UNSEEN && this.y[k]! > this.low[k]!)
      this.openPub(k)
    return -1
  }

  /** A part reached backwards from a block → its other blocks, and back to its item. */
  private fromPart(node: number): number {
    const q = node - this.m
    const sinkBlock = this.toBlocks(q)
    if (sinkBlock >= 0) return sinkBlock
    const k = this.partItem[q]!
    if (this.pred[k] === UNSEEN && this.z[q]! > 0) this.reach(k, node)
    return -1
  }

  /**
   * Part q → its blocks below their cap. Returns the first block with room left; a full block
   * leads back to every part that funds some of it.
   */
  private toBlocks(q: number): number {
    const { m, nb, pred, x, used, room, blockCap, partItem, firstPart, partOf, row } = this
    const k = partItem[q]!
    const firstBlock = m + this.p
    for (let bits = this.pmask[q]!; bits !== 0; bits &= bits - 1) {
      const b = lowestBit(bits)
      if (pred[firstBlock + b] !== UNSEEN || blockCap[row[k]! + b]! - x[k * nb + b]! <= 0) continue
      pred[firstBlock + b] = m + q
      if (used[b]! < room[b]!) return b
      for (let k2 = 0; k2 < m; k2++) {
        if (x[k2 * nb + b]! <= 0) continue
        const part = m + firstPart[k2]! + partOf[row[k2]! + b]!
        if (pred[part] === UNSEEN) this.reach(part, firstBlock + b)
      }
    }
    return -1
  }

  /**
   * Follows `pred` back from `node` to S: returns the bottleneck (at most `delta`), or, with
   * `apply`, pushes `delta` along the path.
   */
  private walk(node: number, delta: number, apply: boolean): number {
    let v = node
    for (;;) {
      const u = this.pred[v]!
      delta = this.edge(u, v, delta, apply)
      if (u === SOURCE) return delta
      v = u
    }
  }

  /**
   * The residual edge u → v of a path: the smaller of `delta` and its room, or with `apply`
   * `delta` pushed along it. Forward edges add flow; backward ones (against the network's
   * direction) take flow back, down to the edge's lower bound.
   */
  private edge(u: number, v: number, delta: number, apply: boolean): number {
    const { m, nb } = this
    const firstBlock = m + this.p
    const pubNode = firstBlock + nb
    if (v === pubNode) {
      if (u >= 0) return backward(this.y, u, this.low[u]!, delta, apply) // public item → PUB
      if (!apply) return Math.min(delta, this.publicCap - this.publicFunding) // S → PUB
      this.publicFunding += delta
      return delta
    }
    if (v < m) {
      if (u < 0 || u === pubNode) return forward(this.y, v, this.cap[v]!, delta, apply) // S or PUB → item
      return backward(this.z, u - m, 0, delta, apply) // part → its item
    }
    if (u < m) return forward(this.z, v - m, this.pcap[v - m]!, delta, apply) // item → part
    if (u < firstBlock) {
      // part → block
      const k = this.partItem[u - m]!
      const b = v - firstBlock
      return forward(this.x, k * nb + b, this.blockCap[this.row[k]! + b]!, delta, apply)
    }
    // block → part
    return backward(this.x, this.partItem[v - m]! * nb + (u - firstBlock), 0, delta, apply)
  }
}

function forward(flow: Float64Array, i: number, cap: number, delta: number, apply: boolean) {
  if (!apply) return Math.min(delta, cap - flow[i]!)
  flow[i]! += delta
  return delta
}

function backward(flow: Float64Array, i: number, low: number, delta: number, apply: boolean) {
  if (!apply) return Math.min(delta, flow[i]! - low)
  flow[i]! -= delta
  return delta
}

function bitmask(blocks: readonly number[]): number {
  let mask = 0
  for (const b of blocks) mask |= 1 << b
  return mask
}

function lowestBit(bits: number): number {
  return 31 - Math.clz32(bits & -bits)
}
