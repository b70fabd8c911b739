// When an application's money can start, and which round to apply in for it. Shared by the plan's
// roadmap and its year view, so both date an application the same way. Pure: dates come in.
import type { Program } from '../catalogue/schema'
import {
  decidesOnArrival,
  projectedOpening,
  type DeadlineStatus,
} from '../deadlines/deadline-status'
import { mapped } from '../mapped'
import type { MoneyTerms } from '../money/terms'
import type { Phase } from '../questionnaire/vocabulary'

/** The ISO date `months` later, on the same day (a day the month lacks moves to its last). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = mapped(iso.split('-'), Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const pad = (v: number, n = 2) => String(v).padStart(n, '0')
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`
}

/** Whole months from `a` to `b` (ISO dates), counting a month only once its day is reached. */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = mapped(a.split('-'), Number) as [number, number, number]
  const [yb, mb, db] = mapped(b.split('-'), Number) as [number, number, number]
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0)
}

/** Euros one year of the terms' per-year rules pays, or null when they pay no amount per year. */
export function yearlyAmount(terms: MoneyTerms): number | null {
  let yearly: number | null = null
  for (const rule of [...terms.perUnit, ...terms.parts.flatMap((p) => p.perUnit)]) {
    if (rule.informational || !rule.per.some((f) => f.unit === 'year')) continue
    // Other factors (posts, places) multiply the yearly amount; the year factor is the time line.
    const others = rule.per
      .filter((f) => f.unit !== 'year')
      .reduce((value, f) => value * (f.count ?? 0), rule.amount)
    yearly = (yearly ?? 0) + others
  }
  return yearly
}

/**
 * The years money paid wholly per year funds (VwV Integrationsbeauftragte: 20,000 € a year, each
 * year applied for anew), though one approval runs a year or less; 0 where it is not paid so,
 * or where a one-off part (a vehicle) makes up the rest of the amount.
 */
export function paidYears(amount: number, yearly: number | null, projectYears: number | null) {
  return yearly !== null && yearly > 0 && projectYears !== null && amount <= yearly * projectYears
    ? Math.ceil(amount / yearly)
    : 0
}

/**
 * The day an application's money can start: the project's start, the end of the grant it follows
 * when later, or the deadline of the call it waits for when later still. Where the programme
 * decides as applications arrive, an open window is no deadline to wait for.
 */
export function moneyStart(
  program: Program | undefined,
  deadline: DeadlineStatus,
  start: string,
  follows: string | null,
): string {
  const due = program && decidesOnArrival(program, deadline) ? null : deadline.next
  const next = due !== null && program?.windows.fundsFollowingYear ? programmeYearStart(due) : due
  const earliest = follows !== null && follows > start ? follows : start
  return next !== null && next > earliest ? next : earliest
}

/** 1 January of the Programmjahr a round with this deadline funds: the year after it. */
export function programmeYearStart(deadline: string): string {
  return `${String(Number(deadline.slice(0, 4)) + 1).padStart(4, '0')}-01-01`
}

export interface Sequence {
  /** The earlier programme that ends last. */
  programId: string
  /** The day its funding ends: the followers' money starts then. */
  ends: string
  /** The programmes that fund only consolidation and follow the earlier ones. */
  followers: Set<string>
}

/**
 * A sequence: where some programmes fund only consolidation and the others the earlier phases,
 * the consolidation ones follow when the last earlier one ends. Only when every earlier one has a
 * known duration: an end is never guessed.
 */
export function sequenceOf(
  allocations: readonly { programId: string; phase: Phase; amount: number }[],
  starts: ReadonlyMap<string, string>,
  durationOf: (programId: string) => number | null,
): Sequence | null {
  const phases = new Map<string, Set<Phase>>()
  for (const a of allocations)
    if (a.amount > 0) phases.set(a.programId, (phases.get(a.programId) ?? new Set()).add(a.phase))
  const followers = new Set(
    [...phases].flatMap(([id, own]) => (own.size === 1 && own.has('consolidation') ? [id] : [])),
  )
  const earlier = [...starts].filter(([id]) => !followers.has(id) && phases.has(id))
  if (followers.size === 0 || earlier.length === 0) return null
  let last: { programId: string; ends: string } | null = null
  for (const [programId, from] of earlier) {
    const months = durationOf(programId)
    if (months === null) return null
    const ends = addMonths(from, months)
    if (!last || ends > last.ends) last = { programId, ends }
  }
  return last && { ...last, followers }
}

/**
 * The round to apply in for money needed from `needed`. A projected yearly deadline is the last
 * one before the money starts, not the next one from today: a Programmjahr years away is not
 * applied for now. An announced date stays what it is; none later is known. `repeat`: a follow-up
 * application of a funded offer, dated by the programme's repeat deadlines where it has them.
 */
export function roundFor(
  program: Program,
  deadline: Pick<DeadlineStatus, 'next' | 'expected'> & { opens?: string | null },
  needed: string,
  repeat = false,
): Pick<DeadlineStatus, 'next' | 'expected' | 'opens'> {
  const recurrence = program.windows.recurrence
  if (!deadline.expected || deadline.next === null || recurrence?.kind !== 'yearly')
    return { next: deadline.next, expected: deadline.expected, opens: deadline.opens ?? null }
  const dates = (repeat && recurrence.repeatDeadlines) || recurrence.deadlines
  // A Programmjahr's round closes in the year before the money: by 31 December before it.
  const before = program.windows.fundsFollowingYear ? `${needed.slice(0, 4)}-01-01` : needed
  let next = deadline.next
  const from = Number(deadline.next.slice(0, 4))
  for (let year = from; year <= Number(needed.slice(0, 4)); year++)
    for (const md of dates) {
      const date = `${year}-${md}`
      if (date > next && date < before) next = date
    }
  // Follow-up applications have days of their own; the opening days are the first round's.
  return { next, expected: true, opens: repeat ? null : projectedOpening(program, next) }
}
