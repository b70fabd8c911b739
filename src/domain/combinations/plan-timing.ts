// What a plan says about time, per application: the roadmap step dated by the round its money
// needs, a round too close to prepare for, and funding that ends while the project still runs.
import { deadlineStatus, decidesOnArrival, type DeadlineStatus } from '../deadlines/deadline-status'
import { mapped } from '../mapped'
import type { Program } from '../catalogue/schema'
import { phaseRank, type Phase } from '../questionnaire/vocabulary'
import type { Item, Problem } from './candidates'
import { displayName } from './display-name'
import {
  addMonths,
  moneyStart,
  monthsBetween,
  paidYears,
  programmeYearStart,
  roundFor,
  sequenceOf,
  yearlyAmount,
} from './money-start'
import type { Allocation, PlanApplication, PlanStep, PlanWarning } from './types'

export interface TimingContext {
  today: string
  plannedStart: string | null
  /** Whole project years, or null when not answered. */
  projectYears: number | null
}

/**
 * Below this many days to a deadline, an application with what it needs (a council resolution,
 * a concept, partners' letters) is hardly ready in time. Five weeks: one council meeting cycle.
 */
export const SOON_DAYS = 35

/**
 * The applications' steps, each dated by the round its money needs: money that follows another
 * grant (consolidation after Quartiersimpulse) or starts years ahead is applied for in the round
 * before it, as the year view shows it. With them, what the plan warns about those times.
 */
export function planTiming(
  items: readonly Item[],
  applications: readonly PlanApplication[],
  allocations: readonly Allocation[],
  blocks: Problem['blocks'],
  ctx: TimingContext,
): { steps: Omit<PlanStep, 'order'>[]; warnings: PlanWarning[] } {
  const start = ctx.plannedStart ?? ctx.today
  const starts = new Map(
    mapped(items, (item, k) => {
      const deadline = applications[k]!.deadline
      return [item.program.id, moneyStart(item.program, deadline, start, null)] as const
    }),
  )
  const sequence = sequenceOf(
    allocations,
    starts,
    (id) => items.find((i) => i.program.id === id)!.program.durationMonths,
  )
  const lastPhase = mapped(blocks, (b) => b.phase).sort((a, b) => phaseRank(b) - phaseRank(a))[0]
  const projectEnds = ctx.projectYears === null ? null : addMonths(start, ctx.projectYears * 12)
  const steps: Omit<PlanStep, 'order'>[] = []
  const warnings: PlanWarning[] = []
  items.forEach((item, k) => {
    const { deadline, programId } = applications[k]!
    const needed = sequence?.followers.has(programId)
      ? moneyStart(item.program, deadline, start, sequence.ends)
      : starts.get(programId)!
    const mine = allocations.filter((a) => a.programId === programId && a.amount > 0)
    const phase = mapped(mine, (a) => a.phase).sort((a, b) => phaseRank(a) - phaseRank(b))[0]!
    const round = roundFor(item.program, deadline, needed)
    const dating = {
      pending: deadline.state === 'irregular',
      openUntil: decidesOnArrival(item.program, deadline) && round.next === deadline.next,
    }
    steps.push(...applicationSteps(item, phase, round, dating))
    steps.push(...repeatSteps(item, applications[k]!, phase, { start, needed, round }, ctx))
    const about = { programId, name: displayName(item.candidate) }
    const soon = roundSoon(item.program, round, ctx.today)
    // The last window before the start has its own warning, which says more.
    const lastBeforeStart = soon?.after === null && start > soon.date
    if (soon && !lastBeforeStart) warnings.push({ kind: 'roundSoon', ...about, ...soon })
    // Only against a planned start: without one the plan starts when the money can.
    if (
      item.program.windows.fundsFollowingYear &&
      ctx.plannedStart !== null &&
      round.next !== null &&
      start < programmeYearStart(round.next)
    )
      warnings.push({
        kind: 'programmeYear',
        ...about,
        date: round.next,
        year: Number(round.next.slice(0, 4)) + 1,
        start,
      })
    const months = item.program.durationMonths
    if (
      months !== null &&
      projectEnds !== null &&
      (item.terms ? yearlyAmount(item.terms) : null) === null &&
      addMonths(needed, months) < projectEnds &&
      mine.some((a) => a.phase === lastPhase)
    )
      warnings.push({ kind: 'endsBeforeProject', ...about, months, years: ctx.projectYears! })
  })
  return { steps, warnings }
}

/** The item's application, after any base grant outside the catalogue it tops up (same date). */
function applicationSteps(
  item: Item,
  phase: Phase,
  round: Pick<DeadlineStatus, 'next' | 'expected' | 'opens'>,
  dating: { pending: boolean; openUntil: boolean },
): Omit<PlanStep, 'order'>[] {
  // Written out rather than spread: this runs for every application of every plan.
  const step = (action: PlanStep['action']): Omit<PlanStep, 'order'> => ({
    phase,
    programId: item.program.id,
    date: round.next,
    expected: round.expected,
    pending: round.next === null && dating.pending,
    openUntil: round.next !== null && dating.openUntil,
    // Only for a projected round: an announced window's opening is on the programme's card.
    opens: round.expected ? round.opens : null,
    action,
  })
  const steps: Omit<PlanStep, 'order'>[] = []
  for (const req of item.program.combination.requires)
    // The base grant must be approved before the top-up is filed: its date is a limit to beat.
    if (req.kind === 'external')
      steps.push({ ...step({ code: 'applyBase', base: req.name }), before: round.next !== null })
  steps.push(step({ code: 'apply', name: displayName(item.candidate) }))
  return steps
}

/** The ISO date `days` later. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10)
}

/** Days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000)
}

/**
 * A round whose deadline is less than SOON_DAYS away, with the round after it where one is
 * known: the programme's deadline status on the day after, announced or projected.
 */
function roundSoon(
  program: Program,
  round: Pick<DeadlineStatus, 'next' | 'expected'>,
  today: string,
): { date: string; expected: boolean; after: string | null; afterExpected: boolean } | null {
  const date = round.next
  if (date === null || daysBetween(today, date) >= SOON_DAYS) return null
  const later = deadlineStatus(program, addDays(date, 1))
  return {
    date,
    expected: round.expected,
    after: later.next,
    afterExpected: later.next !== null && later.expected,
  }
}

/**
 * A programme that approves a year at a time and pays per year (VwV Integrationsbeauftragte,
 * UstA) is applied for again for each later year its money counts: each such application is
 * dated by the yearly round (the repeat deadline where one is on record) before that year,
 * projected from the rhythm.
 */
function repeatSteps(
  item: Item,
  application: PlanApplication,
  phase: Phase,
  first: { start: string; needed: string; round: Pick<DeadlineStatus, 'next' | 'expected'> },
  ctx: TimingContext,
): Omit<PlanStep, 'order'>[] {
  const { program } = item
  const recurrence = program.windows.recurrence
  if (recurrence?.kind !== 'yearly' || first.round.next === null || !item.terms) return []
  // Applied for again each year: an approval of a year or less, or repeat deadlines on record.
  const months = program.durationMonths
  if (!recurrence.repeatDeadlines && (months === null || months > 12)) return []
  const years = paidYears(application.amount, yearlyAmount(item.terms), ctx.projectYears)
  const projectYear = Math.floor(monthsBetween(first.start, first.needed) / 12) + 1
  const projected = { next: first.round.next, expected: true }
  return Array.from({ length: Math.max(0, years - 1) }, (_, i) => {
    const round = roundFor(program, projected, addMonths(first.needed, 12 * (i + 1)), true)
    return {
      phase,
      programId: program.id,
      date: round.next,
      expected: true,
      action: {
        code: 'applyAgain' as const,
        name: displayName(item.candidate),
        year: projectYear + i + 1,
      },
    }
  })
}
