import type { Answers } from '../answers/answer'
import { evaluateTruth } from '../rules/evaluate'
import type { Question, Questionnaire } from './schema'
import { mapped } from '../mapped'

// Per questionnaire, built once: every recommendation walks the questions several times.
const flat = new WeakMap<Questionnaire, readonly Question[]>()
const maps = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>()

export function allQuestions(questionnaire: Questionnaire): readonly Question[] {
  let questions = flat.get(questionnaire)
  if (!questions) {
    // Readonly by type, not frozen: V8 walks frozen arrays in for-of far more slowly.
    questions = questionnaire.steps.flatMap((step) => step.questions)
    flat.set(questionnaire, questions)
  }
  return questions
}

export function questionMap(questionnaire: Questionnaire): ReadonlyMap<string, Question> {
  let map = maps.get(questionnaire)
  if (!map) {
    map = new Map(mapped(allQuestions(questionnaire), (q) => [q.id, q]))
    maps.set(questionnaire, map)
  }
  return map
}

/**
 * A question shows when its condition holds for the answers before it; a condition that is
 * still open hides it, so nobody is asked a follow-up before the question it follows.
 */
export function isVisible(question: Question, answers: Answers): boolean {
  if (question.visibleIf === undefined) return true
  return evaluateTruth(question.visibleIf, answers) === true
}

/**
 * Drops answers to questions that are hidden under the other answers (e.g. a follow-up whose
 * parent answer changed), walking in questionnaire order so the result is stable.
 */
export function effectiveAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const kept: Answers = {}
  for (const question of allQuestions(questionnaire)) {
    if (!Object.hasOwn(answers, question.id)) continue
    if (!isVisible(question, kept)) continue
    kept[question.id] = answers[question.id] as Answers[string]
  }
  return kept
}

export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  const effective = effectiveAnswers(questionnaire, answers)
  return allQuestions(questionnaire).filter((q) => isVisible(q, effective))
}

export function visibleSteps(questionnaire: Questionnaire, answers: Answers) {
  const effective = effectiveAnswers(questionnaire, answers)
  return mapped(questionnaire.steps, (step) => ({
    ...step,
    questions: step.questions.filter((q) => isVisible(q, effective)),
  })).filter((step) => step.questions.length > 0)
}
