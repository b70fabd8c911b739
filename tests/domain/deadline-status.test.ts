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
    'irregular rounds after the last known window: no date, not "passed"',
    withWindows('call', {
      dates: [{ opens: '2022-11-01', closes: '2022-12-30' }],
      recurrence: { kind: 'irregular', note: { de: 'zweimal jährlich', en: 'twice a year' } },
    }),
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
