import fc from 'fast-check'
import { expect, it, vi } from 'vitest'
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

it('agrees with the zone data of Intl for any instant from 1970 to 2150', () => {
  const zone = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2150, 0, 1) }),
      fc.constantFrom(0, 1, -1, 59 * 60_000, -59 * 60_000),
      (ms, near) => {
        // Half of the draws land within an hour of a midnight or a change of offset.
        const at = new Date(ms + near)
        expect(berlinDay(at)).toBe(zone.format(at))
      },
    ),
    { numRuns: 20_000 },
  )
})

it('builds no Intl.DateTimeFormat for a day of this century: that costs a page its start-up', () => {
  const built = vi.spyOn(Intl, 'DateTimeFormat')
  try {
    berlinDay(new Date('2026-11-30T12:00:00Z'))
    berlinDay(new Date('2099-12-31T23:30:00Z'))
    expect(built).not.toHaveBeenCalled()
  } finally {
    built.mockRestore()
  }
})
