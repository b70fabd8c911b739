import { describe, expect, it } from 'vitest'
import {
  addMonths,
  moneyStart,
  roundFor,
  sequenceOf,
} from '../../src/domain/combinations/money-start'
import { deadlineStatus } from '../../src/domain/deadlines/deadline-status'
import type { ProgramInput } from '../../src/domain/catalogue/schema'
import type { Program } from '../../src/domain/index'
import { programSchema } from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'

const program = (overrides: Partial<ProgramInput> & { id: string }): Program =>
  programSchema.parse(makeProgram(overrides))

// A Programmjahr with one deadline a year, as NIS (30 November).
const yearly = program({
  id: 'yearly',
  status: 'call',
  windows: { dates: [], recurrence: { kind: 'yearly', deadlines: ['11-30'] } },
})
const announced = program({
  id: 'announced',
  status: 'call',
  windows: { dates: [{ opens: null, closes: '2027-03-15' }], recurrence: null },
})

describe('the round an application is dated by', () => {
  const today = '2026-11-29'

  it('money needed years ahead: the last yearly round before it, still marked as expected', () => {
    // Projected from today: 30.11.2026. Money from 1.5.2029 is applied for in the round of
    // 30.11.2028, the last before it; the rounds of 2026 and 2027 come too early.
    const deadline = deadlineStatus(yearly, today)
    expect(deadline.next).toBe('2026-11-30')
    expect(roundFor(yearly, deadline, '2029-05-01')).toEqual({
      next: '2028-11-30',
      expected: true,
      opens: null,
    })
  })

  it('money needed before the next round: the next round itself', () => {
    const deadline = deadlineStatus(yearly, today)
    expect(roundFor(yearly, deadline, '2027-03-01')).toEqual({
      next: '2026-11-30',
      expected: true,
      opens: null,
    })
  })

  it('a projected round opens on its recorded day in its own year; a follow-up has none', () => {
    const windowed = program({
      id: 'windowed',
      status: 'call',
      windows: {
        dates: [],
        recurrence: { kind: 'yearly', deadlines: ['10-15'], opens: ['01-15'] },
      },
    })
    const deadline = deadlineStatus(windowed, today)
    expect(roundFor(windowed, deadline, '2028-11-01')).toEqual({
      next: '2028-10-15',
      expected: true,
      opens: '2028-01-15',
    })
    expect(roundFor(windowed, deadline, '2028-11-01', true).opens).toBeNull()
  })

  it('a round on the day the money starts is too late: the one a year before', () => {
    const deadline = deadlineStatus(yearly, today)
    expect(roundFor(yearly, deadline, '2028-11-30').next).toBe('2027-11-30')
  })

  it('an announced date stays as announced: no later date is known', () => {
    const deadline = deadlineStatus(announced, today)
    expect(roundFor(announced, deadline, '2030-01-01')).toEqual({
      next: '2027-03-15',
      expected: false,
      opens: null,
    })
  })
})

describe('when money starts', () => {
  const deadline = deadlineStatus(announced, '2026-11-29')

  it('the later of project start, the grant it follows and the call it waits for', () => {
    expect(moneyStart(announced, deadline, '2027-01-01', null)).toBe('2027-03-15')
    expect(moneyStart(announced, deadline, '2027-06-01', null)).toBe('2027-06-01')
    expect(moneyStart(announced, deadline, '2027-01-01', '2029-05-01')).toBe('2029-05-01')
  })

  it('a programme deciding on arrival does not wait for its open window to close', () => {
    const onArrival = program({
      id: 'on-arrival',
      status: 'call',
      award: 'firstCome',
      windows: { dates: [{ opens: '2026-01-01', closes: '2028-12-31' }], recurrence: null },
    })
    const open = deadlineStatus(onArrival, '2026-11-29')
    expect(open.state).toBe('open')
    expect(moneyStart(onArrival, open, '2027-01-01', null)).toBe('2027-01-01')
  })
})

describe('a sequence of grants', () => {
  const allocation = (programId: string, phase: 'implementation' | 'consolidation') => ({
    programId,
    phase,
    amount: 1000,
  })
  const months: Record<string, number | null> = { first: 24, second: 36, follower: 60, open: null }

  it('a consolidation-only grant follows the earlier grant that ends last', () => {
    const s = sequenceOf(
      [
        allocation('first', 'implementation'),
        allocation('second', 'implementation'),
        allocation('follower', 'consolidation'),
      ],
      new Map([
        ['first', '2027-05-01'],
        ['second', '2027-01-01'],
        ['follower', '2027-01-01'],
      ]),
      (id) => months[id] ?? null,
    )
    // first ends 1.5.2029, second 1.1.2030: the follower starts when second ends.
    expect(s).toEqual({ programId: 'second', ends: '2030-01-01', followers: new Set(['follower']) })
  })

  it('no sequence when an earlier grant has no known duration: an end is never guessed', () => {
    const s = sequenceOf(
      [allocation('open', 'implementation'), allocation('follower', 'consolidation')],
      new Map([
        ['open', '2027-01-01'],
        ['follower', '2027-01-01'],
      ]),
      (id) => months[id] ?? null,
    )
    expect(s).toBeNull()
  })

  it('no sequence without a consolidation-only grant', () => {
    const s = sequenceOf(
      [allocation('first', 'implementation'), allocation('first', 'consolidation')],
      new Map([['first', '2027-01-01']]),
      (id) => months[id] ?? null,
    )
    expect(s).toBeNull()
  })

  it('months are added calendar-wise; a day the month lacks moves to its last', () => {
    expect(addMonths('2027-05-01', 24)).toBe('2029-05-01')
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2027-11-15', 2)).toBe('2028-01-15')
  })
})

describe('a Programmjahr: a round funds the year after its deadline', () => {
  const programmeYear = program({
    id: 'programme-year',
    status: 'call',
    windows: {
      dates: [],
      recurrence: { kind: 'yearly', deadlines: ['09-30'] },
      fundsFollowingYear: true,
    },
  })
  const today = '2026-11-25'
  const deadline = deadlineStatus(programmeYear, today)

  it('money starts on 1 January after the round, not on its deadline', () => {
    // Next round 30.9.2027 → Programmjahr 2028.
    expect(deadline.next).toBe('2027-09-30')
    expect(moneyStart(programmeYear, deadline, '2027-06-01', null)).toBe('2028-01-01')
    expect(moneyStart(programmeYear, deadline, '2028-03-01', null)).toBe('2028-03-01')
  })

  it('the round for money from a year is the one in the year before', () => {
    // Money from 1.11.2029: the round of 30.9.2028 (Programmjahr 2029), not that of 30.9.2029.
    expect(roundFor(programmeYear, deadline, '2029-11-01').next).toBe('2028-09-30')
    expect(roundFor(programmeYear, deadline, '2028-03-01').next).toBe('2027-09-30')
  })
})
