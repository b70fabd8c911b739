import type { Answers } from './answers/answer'
import type { Catalogue, Level, ProgramStatus } from './catalogue/schema'
import { deadlineStatus, type DeadlineStatus } from './deadlines/deadline-status'
import { evaluateProgram, type CriterionResult, type Verdict } from './matching/eligibility'
import { effectiveAnswers, questionMap } from './questionnaire/visibility'
import type { Questionnaire } from './questionnaire/schema'
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

export interface Recommendation {
  catalogueAsOf: string
  today: string
  lang: Lang
  programs: ProgramRecommendation[]
}

export interface RecommendOptions {
  today: string
  lang: Lang
}

const VERDICT_ORDER: Record<Verdict, number> = { eligible: 0, open: 1, ineligible: 2 }

/** Pure and deterministic: the same catalogue, answers and `today` give the same result. */
export function recommend(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  { today, lang }: RecommendOptions,
): Recommendation {
  const questions = questionMap(questionnaire)
  const effective = effectiveAnswers(questionnaire, answers)
  const programs = catalogue.programs.map((program): ProgramRecommendation => {
    const result = evaluateProgram(program, { answers: effective, questions, lang })
    return {
      id: program.id,
      name: program.name[lang],
      status: program.status,
      level: program.funder.level,
      verdict: result.verdict,
      criteria: result.criteria,
      openQuestions: result.openQuestions,
      deadline: deadlineStatus(program, today),
      lastChecked: program.lastChecked,
    }
  })
  programs.sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.id.localeCompare(b.id),
  )
  return { catalogueAsOf: catalogue.asOf, today, lang, programs }
}
