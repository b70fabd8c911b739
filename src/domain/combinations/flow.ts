// A small max-flow network (Edmonds–Karp) with lower bounds on arcs. The networks here have at
// most a few dozen nodes, so clarity beats asymptotics; arrays are reused between runs.

export const INF = Number.MAX_SAFE_INTEGER

export class FlowNetwork {
  private from: number[] = []
  private to: number[] = []
  readonly cap: number[] = []
  readonly low: number[] = []
  readonly flow: number[] = []
  private adj: number[][] = []
  private parent: Int32Array = new Int32Array(0)
  private queue: Int32Array = new Int32Array(0)

  reset(nodes: number): void {
    this.from.length = 0
    this.to.length = 0
    this.cap.length = 0
    this.low.length = 0
    this.flow.length = 0
    for (let i = 0; i < nodes; i++) {
      const list = this.adj[i]
      if (list) list.length = 0
      else this.adj[i] = []
    }
    this.adj.length = nodes
    if (this.parent.length < nodes) {
      this.parent = new Int32Array(nodes)
      this.queue = new Int32Array(nodes)
    }
  }

  /** Adds an arc and returns its id. */
  arc(u: number, v: number, cap: number): number {
    const id = this.to.length
    this.from.push(u)
    this.to.push(v)
    this.cap.push(cap)
    this.low.push(0)
    this.flow.push(0)
    // Adjacency entries: 2·id for the forward direction, 2·id+1 for the residual backward one.
    ;(this.adj[u] as number[]).push(2 * id)
    ;(this.adj[v] as number[]).push(2 * id + 1)
    return id
  }

  private residual(entry: number): number {
    const a = entry >> 1
    return entry & 1
      ? (this.flow[a] as number) - (this.low[a] as number)
      : (this.cap[a] as number) - (this.flow[a] as number)
  }

  private head(entry: number): number {
    const a = entry >> 1
    return (entry & 1 ? this.from[a] : this.to[a]) as number
  }

  /** Augments along shortest residual paths until none is left; returns the added flow. */
  maximise(source: number, sink: number): number {
    let added = 0
    const parent = this.parent
    const queue = this.queue
    for (;;) {
      parent.fill(-1, 0, this.adj.length)
      parent[source] = -2
      let qh = 0
      let qt = 0
      queue[qt++] = source
      while (qh < qt && parent[sink] === -1) {
        const u = queue[qh++] as number
        for (const entry of this.adj[u] as number[]) {
          const v = this.head(entry)
          if (parent[v] !== -1 || this.residual(entry) <= 0) continue
          parent[v] = entry
          queue[qt++] = v
        }
      }
      if (parent[sink] === -1) return added
      let push = INF
      for (let v = sink; v !== source;) {
        const entry = parent[v] as number
        push = Math.min(push, this.residual(entry))
        v = (entry & 1 ? this.to[entry >> 1] : this.from[entry >> 1]) as number
      }
      for (let v = sink; v !== source;) {
        const entry = parent[v] as number
        const a = entry >> 1
        this.flow[a] = (this.flow[a] as number) + (entry & 1 ? -push : push)
        v = (entry & 1 ? this.to[a] : this.from[a]) as number
      }
      added += push
    }
  }
}
