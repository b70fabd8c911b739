// mapped() is Array.prototype.map that keeps one elements kind whether or not its caller is
// optimised (src/domain/mapped.ts). The second test checks that claim in V8 itself.
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { mapped } from '../../src/domain/mapped'
import { runV8Probe } from '../v8-probe'

it('gives what Array.prototype.map gives, with the index', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), (xs) => {
      expect(mapped(xs, (x, i) => [x * 2, i])).toEqual(xs.map((x, i) => [x * 2, i]))
    }),
  )
  expect(mapped([], (x: number) => x)).toEqual([])
})

// Run in a child process with V8's natives syntax: a caller of map() and one of mapped(), each
// called, then optimised (mapped() too), then called again; it prints the kinds before and after.
const probe = `
  import { mapped } from './src/domain/mapped.ts'
  const kind = (a) => (%HasHoleyElements(a) ? 'holey' : 'packed');
  const viaMap = (xs) => xs.map((x) => ({ x }));
  const viaMapped = (xs) => mapped(xs, (x) => ({ x }));
  const out = {};
  for (const [name, f] of Object.entries({ viaMap, viaMapped })) {
    const before = kind(f([1, 2]));
    %PrepareFunctionForOptimization(f); %PrepareFunctionForOptimization(mapped);
    f([1, 2]); %OptimizeFunctionOnNextCall(f); %OptimizeFunctionOnNextCall(mapped);
    out[name] = [before, kind(f([1, 2]))];
  }
  console.log(JSON.stringify(out));
`

it(
  'keeps a packed array once its caller is optimised, where map() turns holey',
  { timeout: 30_000 },
  () => {
    const kinds = runV8Probe<Record<string, [string, string]>>(probe)
    expect(kinds.viaMapped).toEqual(['packed', 'packed'])
    // Why the helper exists; should a Node update make map() stable, this says the helper can go.
    expect(kinds.viaMap).toEqual(['packed', 'holey'])
  },
)
