import type { Program } from '../catalogue/schema'
import { byCodeUnits } from '../by-code-units'
import { mapped } from '../mapped'

export type DeadlineState =
  | 'open' // a window is open today; `next` is its closing date
  | 'upcoming' // an announced window lies ahead
  | 'expected' // no announced date ahead, projected from the recurrence pattern
  | 'rolling' // applications any time
  | 'irregular' // rounds recur, dates announced each time; the last known one closed within a year
  | 'dormant' // the last known call has ended and no follow-up is known: not in any plan
  | 'closed' // the programme has ended
  | 'unknown'

export interface DeadlineStatus {
  state: DeadlineState
  /** The next deadline (ISO date), or null when there is none to name. */
  next: string | null
  /** When the window ahead opens, if announced. */
  opens: string | null
  /** True when `next` is projected from the pattern rather than announced. */
  expected: boolean
  /** For a dormant programme: the closing date of its last known call. */
  last: string | null
}

const none = (state: DeadlineState): DeadlineStatus => ({
  state,
  next: null,
  opens: null,
  expected: false,
  last: null,
})

// Statuses per programme and day: every recommendation asks for each programme, mostly on the
// same few days. Frozen, as they are shared by every result that holds them.
const statuses = new WeakMap<Program, Map<string, DeadlineStatus>>()
const DAYS_KEPT = 8

/** Pure: `today` is an ISO date passed in by the caller, never read from the clock. */
export function deadlineStatus(program: Program, today: string): DeadlineStatus {
  let byDay = statuses.get(program)
  const known = byDay?.get(today)
  if (known) return known
  const status = Object.freeze(statusOn(program, today))
  if (!byDay || byDay.size >= DAYS_KEPT) statuses.set(program, (byDay = new Map()))
  byDay.set(today, status)
  return status
}

function statusOn(program: Program, today: string): DeadlineStatus {
  if (program.status === 'closed') return none('closed')
  const windows = [...program.windows.dates].sort((a, b) => byCodeUnits(a.closes, b.closes))
  const current = windows.find((w) => (w.opens ?? '0000-00-00') <= today && today <= w.closes)
  if (current)
    return {
      state: 'open',
      next: current.closes,
      opens: current.opens ?? null,
      expected: false,
      last: null,
    }
  const ahead = windows.find((w) => w.closes > today)
  if (ahead)
    return {
      state: 'upcoming',
      next: ahead.closes,
      opens: ahead.opens ?? null,
      expected: false,
      last: null,
    }
  const recurrence = program.windows.recurrence
  if (recurrence?.kind === 'yearly') {
    const next = projectYearly(recurrence.deadlines, today)
    return {
      state: 'expected',
      next,
      opens: projectedOpening(program, next),
      expected: true,
      last: null,
    }
  }
  if (
    recurrence?.kind === 'rolling' ||
    program.status === 'rolling' ||
    program.status === 'nonMonetary'
  ) {
    return none('rolling')
  }
  const last = windows.at(-1)
  // An irregular rhythm stands for a live programme only while its last known call is recent:
  // past a year without a newer call on record, nothing says a call is coming.
  if (recurrence?.kind === 'irregular' && (!last || last.closes >= aYearBefore(today)))
    return none('irregular')
  return last ? { ...none('dormant'), last: last.closes } : none('unknown')
}

/** The same day a year earlier, compared as a string: from 29 February it sorts after 28 February. */
function aYearBefore(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`
}

/**
 * A window open today at a programme that decides as applications arrive (MGH's funding period
 * to 2028) is no deadline to wait for: apply now, funding can start with the project. A call
 * decided after it closes is one.
 */
export function decidesOnArrival(program: Program, deadline: DeadlineStatus): boolean {
  return (
    deadline.state === 'open' &&
    (program.award === 'rolling' ||
      program.award === 'firstCome' ||
      program.award === 'entitlement')
  )
}

/**
 * The day a projected yearly round's window opens, from the recurrence's opening days (the one
 * beside the deadline's MM-DD; an opening later in the year than its deadline is the year
 * before), or null when none is recorded.
 */
export function projectedOpening(program: Program, deadline: string): string | null {
  const recurrence = program.windows.recurrence
  if (recurrence?.kind !== 'yearly' || !recurrence.opens) return null
  const md = recurrence.opens[recurrence.deadlines.indexOf(deadline.slice(5))]
  if (!md) return null
  const year = Number(deadline.slice(0, 4)) - (md > deadline.slice(5) ? 1 : 0)
  return `${year}-${md}`
}

/** The first MM-DD deadline on or after today, this year or next. */
export function projectYearly(deadlines: readonly string[], today: string): string {
  const year = Number(today.slice(0, 4))
  const candidates = [year, year + 1].flatMap((y) => mapped(deadlines, (md) => `${y}-${md}`))
  return candidates.sort().find((date) => date >= today) as string
}
