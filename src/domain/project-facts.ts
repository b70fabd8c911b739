// The facts about the project that the combination engine and the plan screens work with, read
// from the effective answers in one place.
import type { Answers, CostMatrix } from './answers/answer'
import type { Phase, Question, Questionnaire } from './questionnaire/schema'

export interface ProjectFacts {
  /** Option values of the `organisations` answer, in the order given. */
  organisations: string[]
  /** The project's costs per cost type and phase. */
  costs: CostMatrix
  ownFunds: number | null
  plannedStart: string | null
  phases: Phase[]
}

// The cost matrix is whichever question has that type, looked up once per questionnaire.
const costQuestions = new WeakMap<Questionnaire, Question | null>()
function costQuestion(questionnaire: Questionnaire): Question | null {
  let question = costQuestions.get(questionnaire)
  if (question === undefined) {
    question =
      questionnaire.steps.flatMap((s) => s.questions).find((q) => q.type === 'costMatrix') ?? null
    costQuestions.set(questionnaire, question)
  }
  return question
}

/** Whole project years (1 or more), or null when not answered. */
export function projectYearsOf(answers: Answers): number | null {
  const value = answers.projectYears
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value : [])

/** Pure: the project's facts from the effective answers (hidden questions already left out). */
export function projectFacts(questionnaire: Questionnaire, effective: Answers): ProjectFacts {
  const cost = costQuestion(questionnaire)
  return {
    organisations: stringList(effective.organisations),
    costs: ((cost && effective[cost.id]) ?? {}) as CostMatrix,
    ownFunds: typeof effective.ownFunds === 'number' ? effective.ownFunds : null,
    plannedStart: typeof effective.plannedStart === 'string' ? effective.plannedStart : null,
    phases: stringList(effective.phases) as Phase[],
  }
}
