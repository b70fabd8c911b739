import {
  isAnswered,
  numberProblem,
  type Answers,
  type CostMatrix,
  type Question,
  type QuestionType,
} from '../../domain/index'

export type FieldError =
  | { kind: 'required'; type: QuestionType }
  | { kind: 'notNumber' | 'notAmount' | 'notDate' | 'cells' }
  | { kind: 'min'; limit: number }
  | { kind: 'max'; limit: number }

/**
 * Checks the questions of one page. `badText` names fields whose typed text could not be read
 * as a number; their answers were cleared, so they must not be reported as merely missing.
 * With `requireAnswers: false` (after a change link) only given answers are checked: the
 * check-answers page already lists what is missing, and fixing one answer must not be blocked.
 */
export function validateQuestions(
  questions: readonly Question[],
  answers: Answers,
  badText: ReadonlySet<string>,
  requireAnswers = true,
): Map<string, FieldError> {
  const errors = new Map<string, FieldError>()
  for (const q of questions) {
    const error = validateQuestion(q, answers, badText)
    if (error && (requireAnswers || error.kind !== 'required')) errors.set(q.id, error)
  }
  return errors
}

function validateQuestion(
  q: Question,
  answers: Answers,
  badText: ReadonlySet<string>,
): FieldError | undefined {
  if (q.type === 'costMatrix' && [...badText].some((k) => k.startsWith(`${q.id}.`))) {
    return { kind: 'cells' }
  }
  if (badText.has(q.id)) {
    return { kind: q.type === 'amount' ? 'notAmount' : q.type === 'date' ? 'notDate' : 'notNumber' }
  }
  if (!isAnswered(answers, q.id) || isEmptyMatrix(q, answers[q.id])) {
    return q.required ? { kind: 'required', type: q.type } : undefined
  }
  const value = answers[q.id]
  // The same rules as parseAnswers, from the domain; the form words them itself.
  const problem = typeof value === 'number' ? numberProblem(q, value) : null
  if (problem === null) return undefined
  return problem.code === 'notWholeNumber'
    ? { kind: 'notNumber' }
    : { kind: problem.code, limit: problem.limit }
}

function isEmptyMatrix(q: Question, value: unknown): boolean {
  if (q.type !== 'costMatrix') return false
  const matrix = value as CostMatrix
  return !Object.values(matrix).some((row) => Object.values(row ?? {}).some((v) => (v ?? 0) > 0))
}
