// Plans over time (issue 12): which programme funds which project year, and the Verstetigung gap
// where funding ends before the project does or consolidation costs stay unfunded. Pure: `today`
// comes in, the clock is never read; a programme's duration is never guessed. Language-free:
// names stay in both languages and describe/timeline.ts puts them into words.
import type { Answers, CostMatrix } from '../answers/answer'
import type { Catalogue, Program } from '../catalogue/schema'
import { deadlineStatus } from '../deadlines/deadline-status'
import { bringsMoney, termsFor } from '../money/terms'
import type { Phase, Questionnaire } from '../questionnaire/schema'
import { COST_TYPES, PHASES } from '../questionnaire/vocabulary'
import type { Recommendation } from '../recommend'
import type { LocalizedText } from '../text'
import type { CandidateProgram } from './candidates'
import { displayName } from './display-name'
import { monthsBetween, moneyStart, paidYears, sequenceOf, yearlyAmount } from './money-start'
import type { FinancingPlan } from './types'
import { projectFacts, projectYearsOf } from '../project-facts'
import { mapped } from '../mapped'
import { evaluateProgram } from '../matching/eligibility'
import { questionMap } from '../questionnaire/visibility'
import { byCodeUnits } from '../by-code-units'

export interface TimelineContext {
  /** The catalogue's programmes, by id (for durations and money terms). */
  programs: ReadonlyMap<string, Program>
  /** Eligible or open programmes of this project: where consolidation routes come from. */
  candidates: readonly CandidateProgram[]
  /** Programmes that become eligible or open once a programme's grant has funded the project. */
  followUps?: readonly FollowUp[]
  /** The effective answers (projectYears, per-unit counts). */
  answers: Answers
  costs: CostMatrix
  plannedStart: string | null
  today: string
}

/**
 * How an application's euros are put into years: as the programme pays them per year (a
 * per-unit amount per `year` in its money terms), spread evenly over its funded years (an
 * assumption for the overview, not a funding rule), or not at all when its duration is unknown.
 */
export type YearBasis = 'perYear' | 'evenSpread' | 'durationUnknown' | 'afterProjectEnd'

export interface ApplicationTime {
  programId: string
  name: LocalizedText
  amount: number
  /** ISO date the funding can start: the planned start, or the next deadline when later. */
  starts: string
  /** Project years (1-based) this application funds; empty when unknown or after the end. */
  years: number[]
  basis: YearBasis
  /** Euros per funded year, aligned with `years`. */
  perYear: number[]
  /**
   * Added with sequences (issue 12): the programme whose funding this one follows. Set for an
   * application that funds only consolidation while others fund the earlier phases: it starts
   * when the last of those ends (a follow-up application, approved before it starts).
   */
  follows: string | null
}

export interface YearFunder {
  programId: string
  amount: number
}

export interface TimelineYear {
  /** 1-based project year. */
  year: number
  /** ISO date the project year starts. */
  from: string
  funders: YearFunder[]
  /**
   * `funded`: a programme with a known duration funds it; `unknown`: only a programme whose
   * duration is not published may run then; `none`: no funding.
   */
  status: 'funded' | 'unknown' | 'none'
}

export interface ConsolidationRoute {
  /** `programme` brings money, `offer` advice or networks; `municipalBudget` is its own line. */
  kind: 'programme' | 'offer' | 'municipalBudget'
  programId: string | null
  /** The programme's name; null for the municipal budget, which the describing layer names. */
  name: LocalizedText | null
  verdict: 'eligible' | 'open' | null
  /** The plan's programme whose grant opens this route (its name), or null. */
  after?: LocalizedText | null
}

/** A programme the project can apply for only once a programme of the plan has funded it. */
export interface FollowUp extends CandidateProgram {
  after: Program
}

export interface VerstetigungGap {
  /** Project years without funding. */
  years: number[]
  /** True when the last project year has no funding: funding ends before the project does. */
  endsEarly: boolean
  consolidationCosts: number
  consolidationFunded: number
  /** The own share on consolidation blocks: consolidation costs no programme of the plan funds. */
  unfundedConsolidation: number
  routes: ConsolidationRoute[]
}

export interface PlanTimeline {
  /** Null when the project's duration is not answered: then no years are shown. */
  projectYears: number | null
  start: string
  applications: ApplicationTime[]
  years: TimelineYear[]
  /** Null when the project has no gap. */
  gap: VerstetigungGap | null
  /** True when one programme funds the start and another follows it for consolidation. */
  sequence: boolean
  /** Per phase with costs, in project order: costs, funding and the own share of that period. */
  periods: PhasePeriod[]
}

export interface PhasePeriod {
  phase: Phase
  costs: number
  funding: number
  ownShare: number
}

function addYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`
}

/** Integer euros spread evenly; the euros left over go to the first years so the sum holds. */
function evenSpread(amount: number, n: number): number[] {
  const base = Math.floor(amount / n)
  const rest = amount - base * n
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1 : 0))
}

function applicationTime(
  application: FinancingPlan['applications'][number],
  program: Program | undefined,
  start: string,
  projectYears: number | null,
  answers: Answers,
  after: { programId: string; ends: string } | null = null,
): ApplicationTime {
  const starts = moneyStart(program, application.deadline, start, after?.ends ?? null)
  const base = {
    programId: application.programId,
    name: application.name,
    amount: application.amount,
    starts,
    follows: after?.programId ?? null,
  }
  const months = program?.durationMonths ?? null
  const terms = program ? termsFor(program, application.applicant, answers) : null
  const yearly = terms ? yearlyAmount(terms) : null
  const paid = paidYears(application.amount, yearly, projectYears)
  if (months === null && paid === 0)
    return { ...base, years: [], basis: 'durationUnknown', perYear: [] }
  const first = Math.floor(monthsBetween(start, starts) / 12) + 1
  const span = Math.max(months === null ? 0 : Math.ceil(months / 12), paid)
  const last = projectYears === null ? first + span - 1 : Math.min(first + span - 1, projectYears)
  if (last < first) return { ...base, years: [], basis: 'afterProjectEnd', perYear: [] }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  if (yearly !== null && yearly > 0 && yearly * years.length >= application.amount) {
    // Paid year by year: full years first, the rest (a cap or a rate below it) in the last ones.
    let left = application.amount
    const perYear = mapped(years, () => {
      const amount = Math.min(yearly, left)
      left -= amount
      return amount
    })
    return { ...base, years, basis: 'perYear', perYear }
  }
  return {
    ...base,
    years,
    basis: 'evenSpread',
    perYear: evenSpread(application.amount, years.length),
  }
}

function routesFor(plan: FinancingPlan, ctx: TimelineContext): ConsolidationRoute[] {
  const inPlan = new Set(plan.programs)
  const opened = (ctx.followUps ?? []).filter((f) => inPlan.has(f.after.id))
  const all: (CandidateProgram & { after?: Program })[] = [...ctx.candidates, ...opened]
  const routes = mapped(
    all.filter(({ program }) => {
      if (inPlan.has(program.id) || program.status === 'closed') return false
      if (!program.phases.includes('consolidation')) return false
      const state = deadlineStatus(program, ctx.today).state
      return state !== 'closed' && state !== 'dormant'
    }),
    (c): ConsolidationRoute => ({
      kind: bringsMoney(c.program) ? 'programme' : 'offer',
      programId: c.program.id,
      name: c.program.name,
      verdict: c.verdict,
      // The short name, as the plan names its programmes.
      after: c.after ? displayName({ program: c.after }) : null,
    }),
  )
    // By id within a kind and verdict: the same order in every language.
    .sort(
      (a, b) =>
        Number(a.kind === 'offer') - Number(b.kind === 'offer') ||
        Number(a.verdict === 'open') - Number(b.verdict === 'open') ||
        byCodeUnits(a.programId!, b.programId!),
    )
  routes.push({ kind: 'municipalBudget', programId: null, name: null, verdict: null })
  return routes
}

/** Pure: the plan's years (which programme funds which year, in euros) and its Verstetigung gap. */
export function planTimeline(plan: FinancingPlan, ctx: TimelineContext): PlanTimeline {
  // Without a planned start the plan counts from today (passed in), the earliest possible start.
  const start = ctx.plannedStart ?? ctx.today
  const projectYears = projectYearsOf(ctx.answers)
  const independent = mapped(plan.applications, (a) =>
    applicationTime(a, ctx.programs.get(a.programId), start, projectYears, ctx.answers),
  )
  const after = sequenceOf(
    plan.allocations,
    new Map(mapped(independent, (t) => [t.programId, t.starts] as const)),
    (id) => ctx.programs.get(id)?.durationMonths ?? null,
  )
  const applications = after
    ? mapped(plan.applications, (a, i) =>
        after.followers.has(a.programId)
          ? applicationTime(
              a,
              ctx.programs.get(a.programId),
              start,
              projectYears,
              ctx.answers,
              after,
            )
          : independent[i]!,
      )
    : independent
  const years: TimelineYear[] = []
  for (let year = 1; year <= (projectYears ?? 0); year++) {
    const funders = applications.flatMap((a) => {
      const i = a.years.indexOf(year)
      return i >= 0 && a.perYear[i]! > 0 ? [{ programId: a.programId, amount: a.perYear[i]! }] : []
    })
    const from = addYears(start, year - 1)
    // A programme of unknown duration may still run from the year it starts: not a known gap.
    const maybe = applications.some(
      (a) => a.basis === 'durationUnknown' && a.starts < addYears(start, year),
    )
    years.push({
      year,
      from,
      funders,
      status: funders.length > 0 ? 'funded' : maybe ? 'unknown' : 'none',
    })
  }
  const consolidationCosts = COST_TYPES.reduce(
    (sum, costType) => sum + Math.round(ctx.costs[costType]?.consolidation ?? 0),
    0,
  )
  const consolidationFunded = plan.allocations
    .filter((a) => a.phase === 'consolidation')
    .reduce((sum, a) => sum + a.amount, 0)
  const unfundedConsolidation = Math.max(0, consolidationCosts - consolidationFunded)
  const gapYears = mapped(
    years.filter((y) => y.status === 'none'),
    (y) => y.year,
  )
  const hasGap = gapYears.length > 0 || unfundedConsolidation > 0
  return {
    projectYears,
    start,
    applications,
    years,
    gap: hasGap
      ? {
          years: gapYears,
          endsEarly: years.length > 0 && years[years.length - 1]!.status === 'none',
          consolidationCosts,
          consolidationFunded,
          unfundedConsolidation,
          routes: routesFor(plan, ctx),
        }
      : null,
    sequence: after !== null,
    periods: periodsOf(plan, ctx.costs),
  }
}

/** Costs, funding and own share per phase of the project, for the phases that have costs. */
function periodsOf(plan: FinancingPlan, costs: CostMatrix): PhasePeriod[] {
  return PHASES.flatMap((phase) => {
    const cost = COST_TYPES.reduce((sum, c) => sum + Math.round(costs[c]?.[phase] ?? 0), 0)
    if (cost === 0) return []
    const funding = plan.allocations
      .filter((a) => a.phase === phase)
      .reduce((sum, a) => sum + a.amount, 0)
    return [{ phase, costs: cost, funding, ownShare: Math.max(0, cost - funding) }]
  })
}

/**
 * The context for the plans of one recommendation: the same candidates the engine plans with
 * (not ineligible, not closed or dormant) and the costs from the cost-matrix question.
 */
export function timelineContext(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  effective: Answers,
  verdicts: Pick<Recommendation, 'programs' | 'today'>,
): TimelineContext {
  const programs = new Map(mapped(catalogue.programs, (p) => [p.id, p] as const))
  const candidates: CandidateProgram[] = verdicts.programs.flatMap((r) => {
    const program = programs.get(r.id)
    if (!program || r.verdict === 'ineligible') return []
    if (r.deadline.state === 'closed' || r.deadline.state === 'dormant') return []
    return [{ program, verdict: r.verdict, openQuestions: r.openQuestions }]
  })
  const { costs, plannedStart } = projectFacts(questionnaire, effective)
  return {
    programs,
    candidates,
    followUps: followUpsOf(catalogue.programs, questionnaire, effective, verdicts),
    answers: effective,
    costs,
    plannedStart,
    today: verdicts.today,
  }
}

/**
 * The programmes not open to the project today that a grant in a plan would open: those the
 * answers rule out, evaluated again as if the grant's programme had funded the project
 * (`establishes`: Quartiersimpulse opens its Weiterförderung).
 */
function followUpsOf(
  catalogue: readonly Program[],
  questionnaire: Questionnaire,
  effective: Answers,
  verdicts: Pick<Recommendation, 'programs'>,
): FollowUp[] {
  const ruledOut = new Set(
    mapped(
      verdicts.programs.filter((r) => r.verdict === 'ineligible'),
      (r) => r.id,
    ),
  )
  const questions = questionMap(questionnaire)
  return catalogue.flatMap((first) => {
    if (!first.establishes) return []
    const had = effective.existingFacilities
    const facilities = [...(Array.isArray(had) ? had : []), ...first.establishes]
    const answers = { ...effective, existingFacilities: facilities }
    return catalogue.flatMap((program): FollowUp[] => {
      if (!ruledOut.has(program.id) || program.id === first.id) return []
      const { verdict, openQuestions } = evaluateProgram(program, { answers, questions })
      return verdict === 'ineligible' ? [] : [{ program, verdict, openQuestions, after: first }]
    })
  })
}
