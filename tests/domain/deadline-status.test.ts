import { describe, expect, it } from 'vitest'
import { deadlineStatus, programSchema, type DeadlineState } from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'

const withWindows = (status: 'call' | 'rolling' | 'closed', windows: object) =>
  programSchema.parse(makeProgram({ id: 'p', status, windows: windows as never }))

const twoRounds = {
  dates: [
    { opens: '2026-01-14', closes: '2026-03-13' },
    { opens: '2026-05-04', closes: '2026-08-14' },
  ],
  recurrence: { kind: 'yearly', deadlines: ['03-13', '08-14'] },
}

const irregular = { kind: 'irregular', note: { de: 'zweimal jährlich', en: 'twice a year' } }
const irregularAfter = (closes: string) =>
  withWindows('call', { dates: [{ opens: '2025-10-01', closes }], recurrence: irregular })

const rows: Array<
  [string, ReturnType<typeof withWindows>, string, DeadlineState, string | null, boolean]
> = [
  ['window open today', withWindows('call', twoRounds), '2026-02-01', 'open', '2026-03-13', false],
  [
    'closing day still open',
    withWindows('call', twoRounds),
    '2026-03-13',
    'open',
    '2026-03-13',
    false,
  ],
  [
    'announced window ahead',
    withWindows('call', twoRounds),
    '2026-04-01',
    'upcoming',
    '2026-08-14',
    false,
  ],
  [
    'after last announced: projected next year',
    withWindows('call', twoRounds),
    '2026-11-25',
    'expected',
    '2027-03-13',
    true,
  ],
  [
    'no pattern and all passed: dormant',
    withWindows('call', { dates: [{ closes: '2022-12-30' }], recurrence: null }),
    '2026-11-25',
    'dormant',
    null,
    false,
  ],
  [
    'irregular rounds within a year of the last known window: no date, not "passed"',
    irregularAfter('2025-11-30'),
    '2026-11-30',
    'irregular',
    null,
    false,
  ],
  [
    'irregular rounds, last known window closed over a year ago: dormant',
    irregularAfter('2025-11-30'),
    '2026-12-01',
    'dormant',
    null,
    false,
  ],
  [
    'irregular rounds with no window on record: no date, not dormant',
    withWindows('call', { dates: [], recurrence: irregular }),
    '2026-11-25',
    'irregular',
    null,
    false,
  ],
  [
    'rolling',
    withWindows('rolling', { dates: [], recurrence: { kind: 'rolling' } }),
    '2026-11-25',
    'rolling',
    null,
    false,
  ],
  ['closed programme', withWindows('closed', twoRounds), '2026-02-01', 'closed', null, false],
]

describe('deadlineStatus', () => {
  it.each(rows)('%s', (_name, program, today, state, next, expected) => {
    const status = deadlineStatus(program, today)
    expect(status.state).toBe(state)
    expect(status.next).toBe(next)
    expect(status.expected).toBe(expected)
  })
})

describe('a dormant irregular programme', () => {
  it('names the closing day of its last known call', () => {
    expect(deadlineStatus(irregularAfter('2025-11-30'), '2026-12-01').last).toBe('2025-11-30')
  })
  it('is live a year to the day after the call, dormant on 29 February after 28 February', () => {
    expect(deadlineStatus(irregularAfter('2027-02-28'), '2028-02-28').state).toBe('irregular')
    expect(deadlineStatus(irregularAfter('2027-02-28'), '2028-02-29').state).toBe('dormant')
  })
})

describe('a projected round’s window', () => {
  // DSEE: applications from 15 January to 15 October of the funding year (its 2025 window).
  const dsee = withWindows('call', {
    dates: [{ opens: '2025-01-15', closes: '2025-10-15' }],
    recurrence: { kind: 'yearly', deadlines: ['10-15'], opens: ['01-15'] },
  })

  it('opens on the recorded day of the same year as its deadline', () => {
    expect(deadlineStatus(dsee, '2026-11-25')).toMatchObject({
      state: 'expected',
      next: '2027-10-15',
      opens: '2027-01-15',
    })
  })

  it('opens in the year before when its opening day falls after its deadline in the year', () => {
    const winter = withWindows('call', {
      dates: [],
      recurrence: { kind: 'yearly', deadlines: ['01-31', '06-30'], opens: ['11-01', '05-01'] },
    })
    expect(deadlineStatus(winter, '2026-12-10')).toMatchObject({
      next: '2027-01-31',
      opens: '2026-11-01',
    })
    expect(deadlineStatus(winter, '2027-02-10')).toMatchObject({
      next: '2027-06-30',
      opens: '2027-05-01',
    })
  })

  it('has no opening day where none is recorded, and the data must give one per deadline', () => {
    const plain = withWindows('call', {
      dates: [],
      recurrence: { kind: 'yearly', deadlines: ['10-15'] },
    })
    expect(deadlineStatus(plain, '2026-11-25').opens).toBeNull()
    expect(() =>
      withWindows('call', {
        dates: [],
        recurrence: { kind: 'yearly', deadlines: ['03-13', '08-14'], opens: ['01-14'] },
      }),
    ).toThrow(/one opening day per deadline/)
  })
})
