import type { Question } from '../questionnaire/schema'

/** Why a number does not fit its question, as a code: the CLI and the form word it each. */
export type NumberProblem =
  { code: 'notWholeNumber' } | { code: 'min'; limit: number } | { code: 'max'; limit: number }

/** The first rule of the question a number breaks: whole numbers for counts, then the range. */
export function numberProblem(q: Question, value: number): NumberProblem | null {
  if (q.type === 'integer' && !Number.isInteger(value)) return { code: 'notWholeNumber' }
  if (q.min !== undefined && value < q.min) return { code: 'min', limit: q.min }
  if (q.max !== undefined && value > q.max) return { code: 'max', limit: q.max }
  return null
}
