import { expect, it } from 'vitest'
import { berlinDay } from '../../src/domain/index'

it.each([
  // Winter time (UTC+1): half past eleven UTC is already the next day in Berlin.
  ['2026-11-29T23:30:00Z', '2026-11-30'],
  ['2026-11-29T22:59:59Z', '2026-11-29'],
  // Summer time (UTC+2), across a month and a year's end.
  ['2026-06-30T22:30:00Z', '2026-07-01'],
  ['2026-12-31T23:00:00Z', '2027-01-01'],
  ['2024-02-28T23:00:00Z', '2024-02-29'],
])('the Berlin calendar day of %s is %s, whatever the machine zone', (instant, day) => {
  expect(berlinDay(new Date(instant))).toBe(day)
})
