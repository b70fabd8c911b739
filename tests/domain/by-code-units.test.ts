import fc from 'fast-check'
import { expect, it } from 'vitest'
import { byCodeUnits } from '../../src/domain/by-code-units'

// What the catalogue's schema allows as a programme id: kebab-case.
const kebabId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('-'))
const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

it.each([
  ['kebab-case ids', kebabId],
  ['ISO dates', isoDate],
])('orders %s as localeCompare does', (_, strings) => {
  fc.assert(
    fc.property(strings, strings, (a, b) => {
      expect(byCodeUnits(a, b)).toBe(Math.sign(a.localeCompare(b)))
    }),
    { numRuns: 5_000 },
  )
})

it('puts a prefix first and a hyphen before digits and letters', () => {
  expect(['bw-lsp2', 'bw-lsp-a', 'bw-lsp', 'bw-lspa'].sort(byCodeUnits)).toEqual([
    'bw-lsp',
    'bw-lsp-a',
    'bw-lsp2',
    'bw-lspa',
  ])
})
