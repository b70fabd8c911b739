/**
 * `xs.map(f)`, always as a packed array. On Node 20 and Chrome, `Array.prototype.map` returns a
 * packed array until its caller is optimised, then a holey one; code optimised on the first kind
 * is thrown away on the second ("wrong map"). In the engine's hot path that happened to dozens
 * of functions while V8 warmed up, each recompiled on a helper thread that on a two-core machine
 * took the core from the recommendation.
 */
export function mapped<T, U>(xs: readonly T[], f: (x: T, index: number) => U): U[] {
  const out: U[] = []
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i))
  return out
}
