// Optimal allocation of a combination's programmes to cost blocks, as a max-flow:
//   SS →(total cap) S →(public cap) PUB → public programme ┐
//                   S ─────────────────→ private programme ┴→(its cost blocks) block →(cost) sink
// A programme arc carries at most its upper bound (maximum, rate × its eligible costs) and at
// least its minimum. Each euro of a block reaches the sink once, so nothing is funded twice.
// Subsidiarity is a priority: non-subsidiary programmes are maximised first; augmenting paths
// never lower a source total, so subsidiary money only fills what public money leaves, and the
// final flow is still a maximum flow (Ford–Fulkerson from any feasible flow).
import type { Problem } from './candidates'
import { FlowNetwork, INF } from './flow'

export interface SetEvaluation {
  funding: number
  publicFunding: number
  /** amounts[k][b]: euros that the k-th programme of the set funds in cost block b. */
  amounts: number[][]
}

const SS = 0
const S = 1
const PUB = 2

export class Allocator {
  private net = new FlowNetwork()
  private itemArcs: number[] = []
  private blockArcs: number[][] = []

  constructor(private readonly problem: Problem) {}

  /** The caps a set imposes: the tightest own-share and public-rate limits of its programmes. */
  caps(set: readonly number[], len = set.length): { total: number; public: number } {
    let total = this.problem.totalCosts
    let pub = INF
    for (let k = 0; k < len; k++) {
      const item = this.problem.items[set[k] as number]!
      if (item.totalCap < total) total = item.totalCap
      if (item.publicCap < pub) pub = item.publicCap
    }
    return { total, public: pub }
  }

  private build(set: readonly number[], len: number): number {
    const { items, blocks } = this.problem
    const nb = blocks.length
    const sink = 3 + len + nb
    const net = this.net
    net.reset(sink + 1)
    const caps = this.caps(set, len)
    net.arc(SS, S, caps.total)
    net.arc(S, PUB, caps.public)
    this.itemArcs.length = len
    this.blockArcs.length = len
    for (let k = 0; k < len; k++) {
      const item = items[set[k] as number]!
      this.itemArcs[k] = net.arc(item.isPublic ? PUB : S, 3 + k, 0)
      const arcs: number[] = (this.blockArcs[k] ??= [])
      arcs.length = 0
      for (const b of item.blocks) arcs.push(net.arc(3 + k, 3 + len + b, INF))
    }
    for (let b = 0; b < nb; b++) net.arc(3 + len + b, sink, blocks[b]!.amount)
    return sink
  }

  /** Max funding ignoring minimums and subsidiarity: an upper bound for any superset search. */
  relaxed(set: readonly number[], len = set.length): number {
    const sink = this.build(set, len)
    for (let k = 0; k < len; k++)
      this.net.cap[this.itemArcs[k]!] = this.problem.items[set[k] as number]!.upper
    return this.net.maximise(SS, sink)
  }

  /** Requirements met, minimums reachable and subsidiarity respected, or null. */
  evaluate(set: readonly number[], len = set.length): SetEvaluation | null {
    if (!this.requirementsMet(set, len)) return null
    const { items } = this.problem
    const sink = this.build(set, len)
    const net = this.net
    // Four phases: minimums of the primary programmes, their maximum, then the same for the
    // subsidiary ones. A minimum that cannot be reached makes the combination invalid.
    for (const subsidiary of [false, true]) {
      for (const phase of ['minimum', 'maximum'] as const) {
        for (let k = 0; k < len; k++) {
          const item = items[set[k] as number]!
          if (item.subsidiary !== subsidiary) continue
          const arc = this.itemArcs[k]!
          net.cap[arc] = phase === 'minimum' ? item.lower : item.upper
          net.low[arc] = phase === 'minimum' ? 0 : item.lower
        }
        net.maximise(SS, sink)
        if (phase === 'maximum') continue
        for (let k = 0; k < len; k++) {
          const item = items[set[k] as number]!
          if (item.subsidiary === subsidiary && net.flow[this.itemArcs[k]!]! < item.lower)
            return null
        }
      }
    }
    let funding = 0
    let publicFunding = 0
    const amounts: number[][] = []
    for (let k = 0; k < len; k++) {
      const item = items[set[k] as number]!
      const got = net.flow[this.itemArcs[k]!]!
      funding += got
      if (item.isPublic) publicFunding += got
      const row = new Array<number>(this.problem.blocks.length).fill(0)
      item.blocks.forEach((b, i) => (row[b] = net.flow[this.blockArcs[k]![i]!]!))
      amounts.push(row)
    }
    return { funding, publicFunding, amounts }
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
}
