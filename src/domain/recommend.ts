import type { Answers, CostMatrix } from './answers/answer'
import { combine } from './combinations/combine'
import type { SearchOptions } from './combinations/search'
import type { CombinationResult } from './combinations/types'
import type { Catalogue, Level, ProgramStatus } from './catalogue/schema'
import { deadlineStatus, type DeadlineStatus } from './deadlines/deadline-status'
import type { CandidateProgram } from './combinations/candidates'
import { evaluateProgram, type CriterionResult, type Verdict } from './matching/eligibility'
import { UNIT_QUESTIONS } from './money/units'
import { allQuestions, effectiveAnswers, questionMap } from './questionnaire/visibility'
import { evaluateTruth } from './rules/evaluate'
import type { Phase, Questionnaire } from './questionnaire/schema'
import type { Lang } from './text'

export interface ProgramRecommendation {
  id: string
  name: string
  status: ProgramStatus
  level: Level
  verdict: Verdict
  criteria: CriterionResult[]
  openQuestions: string[]
  deadline: DeadlineStatus
  lastChecked: string
}

/** Every programme's verdict with its reasons, without the combination search. */
export interface Verdicts {
  catalogueAsOf: string
  today: string
  lang: Lang
  programs: ProgramRecommendation[]
}

export interface Recommendation extends Verdicts {
  combinations: CombinationResult
}

export interface VerdictOptions {
  today: string
  lang: Lang
}

export interface RecommendOptions extends VerdictOptions {
  /** Search limits and the clock for its time budget (the domain never reads the clock). */
  combinations?: Partial<SearchOptions>
}

const VERDICT_ORDER: Record<Verdict, number> = { eligible: 0, open: 1, ineligible: 2 }

/** Pure and deterministic: the same catalogue, answers and `today` give the same result. */
export function recommend(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  options: RecommendOptions,
): Recommendation {
  const { verdicts, candidates, effective } = assess(catalogue, questionnaire, answers, options)
  const { today, lang, combinations } = options
  const combined = combine(
    {
      candidates,
      organisations: stringList(effective.organisations),
      costs: (effective.projectCosts as CostMatrix | undefined) ?? {},
      answers: withHiddenCountsZero(questionnaire, effective),
      ownFunds: typeof effective.ownFunds === 'number' ? effective.ownFunds : null,
      plannedStart: typeof effective.plannedStart === 'string' ? effective.plannedStart : null,
      phases: stringList(effective.phases) as Phase[],
      today,
      lang,
    },
    combinations,
  )
  return { ...verdicts, combinations: combined }
}

/** The verdicts alone, for screens that show no combinations (cheaper: no search). */
export function recommendVerdicts(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  options: VerdictOptions,
): Verdicts {
  return assess(catalogue, questionnaire, answers, options).verdicts
}

function assess(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  { today, lang }: VerdictOptions,
) {
  const questions = questionMap(questionnaire)
  const effective = effectiveAnswers(questionnaire, answers)
  const candidates: CandidateProgram[] = []
  const ctx = { answers: effective, questions, lang, formatted: new Map<string, string>() }
  const programs = catalogue.programs.map((program): ProgramRecommendation => {
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
      name: program.name[lang],
      status: program.status,
      level: program.funder.level,
      verdict: result.verdict,
      criteria: result.criteria,
      openQuestions: result.openQuestions,
      deadline,
      lastChecked: program.lastChecked,
    }
  })
  programs.sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.id.localeCompare(b.id),
  )
  const verdicts: Verdicts = { catalogueAsOf: catalogue.asOf, today, lang, programs }
  return { verdicts, candidates, effective }
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value : [])

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

const COUNT_QUESTIONS = new Set(Object.values(UNIT_QUESTIONS).map((u) => u.question))
