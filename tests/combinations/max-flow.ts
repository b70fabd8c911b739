// A generic max-flow for checking the engine: Edmonds–Karp over an explicit edge list, plus
// lower bounds on edges by the textbook reduction to a feasible circulation. Deliberately
// plain (no bitmasks, no warm starts, no shortcuts) so it shares nothing with the engine.

export interface Edge {
  from: number
  to: number
  /** Flow on the edge may not fall below this. */
  low: number
  /** Infinity for an edge without a cap. */
  cap: number
}

class Residual {
  readonly head: number[] = []
  readonly room: number[] = []
  readonly out: number[][]

  constructor(nodes: number) {
    this.out = Array.from({ length: nodes }, () => [])
  }

  /** Adds u → v and its reverse; returns the forward edge's id (the reverse is id ^ 1). */
  add(u: number, v: number, cap: number): number {
    const id = this.head.length
    this.out[u]!.push(id)
    this.head.push(v)
    this.room.push(cap)
    this.out[v]!.push(id + 1)
    this.head.push(u)
    this.room.push(0)
    return id
  }

  /** Shortest augmenting paths from s to t until none is left; returns the flow added. */
  maxFlow(s: number, t: number): number {
    let total = 0
    for (;;) {
      const via = new Array<number>(this.out.length).fill(-1)
      const queue = [s]
      const seen = new Set([s])
      while (queue.length > 0 && !seen.has(t)) {
        const u = queue.shift()!
        for (const id of this.out[u]!) {
          const v = this.head[id]!
          if (this.room[id]! > 0 && !seen.has(v)) {
            seen.add(v)
            via[v] = id
            queue.push(v)
          }
        }
      }
      if (!seen.has(t)) return total
      let delta = Infinity
      for (let v = t; v !== s; v = this.head[via[v]! ^ 1]!)
        delta = Math.min(delta, this.room[via[v]!]!)
      for (let v = t; v !== s; v = this.head[via[v]! ^ 1]!) {
        this.room[via[v]!]! -= delta
        this.room[via[v]! ^ 1]! += delta
      }
      total += delta
    }
  }
}

/** The maximum s → t flow, or null when no flow meets every lower bound. */
export function maxFlow(
  nodes: number,
  edges: readonly Edge[],
  s: number,
  t: number,
): number | null {
  const g = new Residual(nodes + 2)
  const superSource = nodes
  const superSink = nodes + 1
  // Each lower bound is sent up front: the head gets it as supply, the tail owes it.
  const excess = new Array<number>(nodes).fill(0)
  for (const e of edges) {
    g.add(e.from, e.to, e.cap - e.low)
    excess[e.to]! += e.low
    excess[e.from]! -= e.low
  }
  const back = g.add(t, s, Infinity)
  let needed = 0
  excess.forEach((amount, v) => {
    if (amount > 0) {
      g.add(superSource, v, amount)
      needed += amount
    } else if (amount < 0) g.add(v, superSink, -amount)
  })
  if (g.maxFlow(superSource, superSink) < needed) return null
  // A feasible flow: its value is what went round through t → s. Drop that edge and augment.
  const feasible = g.room[back ^ 1]!
  g.room[back] = 0
  g.room[back ^ 1] = 0
  return feasible + g.maxFlow(s, t)
}
