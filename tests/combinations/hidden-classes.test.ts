// The search's code is optimised for the shape of the problem's items; an item of another
// hidden class throws that code away ("wrong map") and the search runs unoptimised until V8
// has compiled it again. Items of every problem share one hidden class (checked in V8 itself).
import { expect, it } from 'vitest'
import { runV8Probe } from '../v8-probe'

// Problems from catalogues of 40 and 200 programmes, some with requirements met by an offer
// (which buildProblem drops); the script prints how many hidden classes their items have.
const probe = `
  import { combinationProblem } from './src/domain/combinations/combine.ts'
  import { randomCombinationInput } from './tests/combinations/random-catalogue.ts'
  const same = (a, b) => %HaveSameMap(a, b);
  const classes = [];
  let items = 0;
  for (const [programs, seeds] of [[40, 8], [200, 3]])
    for (let seed = 1; seed <= seeds; seed++) {
      const input = randomCombinationInput(seed, { programs, scale: 10000, candidateShare: 0.6 });
      for (const item of combinationProblem(input).problem.items) {
        items++;
        if (!classes.some((c) => same(c, item))) classes.push(item);
      }
    }
  console.log(JSON.stringify({ items, classes: classes.length }));
`

it('gives the items of every problem one hidden class', { timeout: 60_000 }, () => {
  const { items, classes } = runV8Probe<{ items: number; classes: number }>(probe)
  expect(items).toBeGreaterThan(100)
  expect(classes).toBe(1)
})
