import type { Answers, CostMatrix } from './answers/answer'
import { combine, type CombinationInput } from './combinations/combine'
import type { SearchOptions } from './combinations/search'
import type { CombinationResult } from './combinations/types'
import type { Catalogue, Level, Program, ProgramStatus } from './catalogue/schema'
import {
  deadlineStatus,
  type DeadlineState,
  type DeadlineStatus,
} from './deadlines/deadline-status'
import { costBlocks, onePerBand, type CandidateProgram } from './combinations/candidates'
import { evaluateProgram, type CriterionResult, type Verdict } from './matching/eligibility'
import { openAmounts } from './money/open-amounts'
import { bringsMoney, lacksRequiredCosts, termsFor } from './money/terms'
import { projectFacts } from './project-facts'
import { UNIT_QUESTIONS } from './money/units'
import { allQuestions, effectiveAnswers, questionMap } from './questionnaire/visibility'
import { evaluateTruth } from './rules/evaluate'
import type { Questionnaire } from './questionnaire/schema'
import type { LocalizedText } from './text'
import { byCodeUnits } from './by-code-units'
import { mapped } from './mapped'

export interface ProgramRecommendation {
  id: string
  name: LocalizedText
  status: ProgramStatus
  level: Level
  verdict: Verdict
  criteria: CriterionResult[]
  openQuestions: string[]
  deadline: DeadlineStatus
  lastChecked: string
}

/**
 * Every programme's verdict with its reasons, without the combination search. Language-free:
 * the reasons are codes, rendered by describe/ in the language of the moment.
 */
export interface Verdicts {
  catalogueAsOf: string
  today: string
  programs: ProgramRecommendation[]
}

export interface Recommendation extends Verdicts {
  combinations: CombinationResult
}

export interface VerdictOptions {
  today: string
}

export interface RecommendOptions extends VerdictOptions {
  /** Search limits and the clock for its time budget (the domain never reads the clock). */
  combinations?: Partial<SearchOptions>
}

/** Pure and deterministic: the same catalogue, answers and `today` give the same result. */
export function recommend(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  options: RecommendOptions,
): Recommendation {
  const { verdicts, candidates, project, upper, input } = assess(
    catalogue,
    questionnaire,
    answers,
    options,
  )
  const combined = combine(input, options.combinations)
  // What a programme brings: its amount in the best plan that has it (as one of its programmes
  // or as an "oder"), else the most its terms allow.
  const planned = new Map<string, number>()
  for (const plan of combined.plans) {
    for (const app of plan.applications)
      if (!planned.has(app.programId)) planned.set(app.programId, app.amount)
    for (const alt of plan.alternatives ?? [])
      if (!planned.has(alt.programId)) planned.set(alt.programId, alt.amount)
  }
  const programs = orderPrograms(verdicts.programs, (id) => planned.get(id) ?? upper(id))
  // Only programmes that fit for sure: an open verdict with an open amount would name a guess.
  const fitting = mapped(
    candidates.filter((c) => c.verdict === 'eligible'),
    (c) => c.program,
  )
  return {
    ...verdicts,
    programs,
    combinations: { ...combined, openAmounts: openAmounts(fitting, project) },
  }
}

/** The verdicts alone, for screens that show no combinations (cheaper: no search). */
export function recommendVerdicts(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  options: VerdictOptions,
): Verdicts {
  const { verdicts, upper } = assess(catalogue, questionnaire, answers, options)
  // Without the search, what a programme brings is the most its terms allow.
  return { ...verdicts, programs: orderPrograms(verdicts.programs, upper) }
}

/**
 * Every programme's verdict, the candidates the engine plans with and the engine's input for
 * this project: what `recommend` and the direct evaluation of a marked plan share.
 */
export function assess(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  { today }: VerdictOptions,
) {
  const questions = questionMap(questionnaire)
  const effective = effectiveAnswers(questionnaire, answers)
  const candidates: CandidateProgram[] = []
  const ctx = { answers: effective, questions }
  const facts = projectFacts(questionnaire, effective)
  const project = {
    organisations: facts.organisations,
    costs: facts.costs,
    answers: withHiddenCountsZero(questionnaire, effective),
  }
  const byId = new Map(mapped(catalogue.programs, (p) => [p.id, p] as const))
  const upper = (id: string) => upperBound(byId.get(id)!, project)
  const programs = mapped(catalogue.programs, (program): ProgramRecommendation => {
    const result = evaluateProgram(program, ctx)
    const deadline = deadlineStatus(program, today)
    // A closed programme, or one whose last known call has ended with none known to follow,
    // cannot be applied for: it is listed with its verdict but never planned with.
    if (
      result.verdict !== 'ineligible' &&
      deadline.state !== 'closed' &&
      deadline.state !== 'dormant'
    )
      candidates.push({ program, verdict: result.verdict, openQuestions: result.openQuestions })
    return {
      id: program.id,
      name: program.name,
      status: program.status,
      level: program.funder.level,
      verdict: result.verdict,
      criteria: result.criteria,
      openQuestions: result.openQuestions,
      deadline,
      lastChecked: program.lastChecked,
    }
  })
  // In catalogue order: the caller orders them, with or without the search's amounts.
  const verdicts: Verdicts = { catalogueAsOf: catalogue.asOf, today, programs }
  const input: CombinationInput = {
    candidates,
    ...project,
    ownFunds: facts.ownFunds,
    plannedStart: facts.plannedStart,
    phases: facts.phases,
    today,
  }
  return { verdicts, candidates, project, upper, input }
}

const TIER: Record<Verdict, number> = { eligible: 0, open: 1, ineligible: 2 }
/** How soon an application can go in: now, at a known date, or when a call is announced. */
const SOONEST: Record<DeadlineState, number> = {
  open: 0,
  rolling: 0,
  upcoming: 1,
  expected: 1,
  irregular: 2,
  unknown: 2,
  dormant: 3,
  closed: 3,
}
const tierOf = (rec: ProgramRecommendation) =>
  rec.deadline.state === 'closed' || rec.deadline.state === 'dormant' ? 3 : TIER[rec.verdict]

/**
 * The results list by relevance: eligible programmes first, then open ones, then ineligible
 * ones, and last those that cannot be applied for (closed or dormant). Within each group the
 * programme that brings most to this project comes first, then the one that can be applied for
 * soonest (deadline state, then the date), then by id so the order is deterministic.
 */
export function orderPrograms(
  programs: readonly ProgramRecommendation[],
  brings: (programId: string) => number,
): ProgramRecommendation[] {
  // Each key once per programme, not once per comparison.
  const keyed = mapped(programs, (rec) => ({
    rec,
    tier: tierOf(rec),
    amount: brings(rec.id),
    soonest: SOONEST[rec.deadline.state],
    next: rec.deadline.next ?? '9999',
  }))
  keyed.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.amount - a.amount ||
      a.soonest - b.soonest ||
      byCodeUnits(a.next, b.next) ||
      byCodeUnits(a.rec.id, b.rec.id),
  )
  return mapped(keyed, (k) => k.rec)
}

interface ProjectTerms {
  organisations: readonly string[]
  costs: CostMatrix
  answers: Answers
}

/**
 * The most a programme could pay this project from its money terms alone: each part's rate on
 * the project's costs it may fund, capped by the part's and the programme's maximum, for the
 * best-placed applicant among the project's organisations (none taking part: the terms without
 * an applicant). A part without a rate counts only up to a published maximum; a count that is
 * still missing counts as nothing, as the engine does.
 */
export function upperBound(program: Program, project: ProjectTerms): number {
  if (!bringsMoney(program)) return 0
  const applicants = project.organisations.filter((o) => program.applicants.includes(o))
  if (applicants.length === 0) return boundFor(program, null, project)
  // Applicants of one band have the same terms: one of each band is enough.
  let best = 0
  for (const applicant of onePerBand(program, applicants))
    best = Math.max(best, boundFor(program, applicant, project))
  return best
}

function boundFor(program: Program, applicant: string | null, project: ProjectTerms): number {
  const terms = termsFor(program, applicant, project.answers)
  if (terms.quantityMissing) return 0
  let total: number | undefined
  let blocks: ReturnType<typeof costBlocks> | undefined
  let sum = 0
  for (const part of terms.parts) {
    if (part.quantityMissing) continue
    if (part.requiresCostTypes && lacksRequiredCosts(part, (blocks ??= costBlocks(project.costs))))
      continue
    let costs = 0
    for (const costType of part.costTypes)
      for (const phase of part.phases) costs += project.costs[costType]?.[phase] ?? 0
    if (part.maxShareOfTotalPercent !== null)
      costs = Math.min(
        costs,
        ((total ??= sumOf(project.costs)) * part.maxShareOfTotalPercent) / 100,
      )
    const byRate =
      part.ratePercent === null
        ? (part.maxAmount ?? terms.maxAmount ?? 0)
        : (costs * part.ratePercent) / 100
    sum += Math.min(byRate, costs, part.maxAmount ?? Infinity)
  }
  return Math.floor(Math.min(sum, terms.maxAmount ?? Infinity))
}

const sumOf = (costs: CostMatrix) =>
  Object.values(costs).reduce(
    (sum, byPhase) => sum + Object.values(byPhase ?? {}).reduce((a, b) => a + (b ?? 0), 0),
    0,
  )

/**
 * A count question hidden because its measure was not chosen (no short-term care places when
 * the project plans none) counts as 0 for per-unit amounts; one still unanswered stays unknown.
 */
export function withHiddenCountsZero(questionnaire: Questionnaire, effective: Answers): Answers {
  const out: Answers = { ...effective }
  for (const question of allQuestions(questionnaire)) {
    if (!COUNT_QUESTIONS.has(question.id) || Object.hasOwn(out, question.id)) continue
    if (question.visibleIf !== undefined && evaluateTruth(question.visibleIf, effective) === false)
      out[question.id] = 0
  }
  return out
}

const COUNT_QUESTIONS = new Set(mapped(Object.values(UNIT_QUESTIONS), (u) => u.question))
