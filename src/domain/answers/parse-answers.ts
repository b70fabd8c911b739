import type { Question } from '../questionnaire/schema'
import { COST_TYPES, PHASES } from '../questionnaire/vocabulary'
import { isRealDate } from '../text'
import type { AnswerValue, Answers, CostMatrix } from './answer'
import { numberProblem } from './number-problem'

export class AnswersError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AnswersError'
  }
}

export interface DroppedAnswer {
  questionId: string
  reason: string
}

/**
 * Keeps each answer the current questionnaire accepts and lists the others with the reason, so
 * a changed questionnaire, an old share link or a tampered storage entry costs single answers,
 * never the whole state.
 */
export function keepValidAnswers(
  answers: Answers,
  questions: ReadonlyMap<string, Question>,
): { answers: Answers; dropped: DroppedAnswer[] } {
  const kept: Answers = {}
  const dropped: DroppedAnswer[] = []
  for (const [id, value] of Object.entries(answers)) {
    try {
      Object.assign(kept, parseAnswers({ [id]: value }, questions))
    } catch (error) {
      if (!(error instanceof AnswersError)) throw error
      dropped.push({ questionId: id, reason: error.message })
    }
  }
  return { answers: kept, dropped }
}

/**
 * Checks an untrusted answers object (a file, a share link, local storage) against the
 * questionnaire and returns it typed. Throws AnswersError naming the first problem.
 */
export function parseAnswers(input: unknown, questions: ReadonlyMap<string, Question>): Answers {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new AnswersError('answers must be a JSON object of question ids to values')
  }
  const answers: Answers = {}
  for (const [id, value] of Object.entries(input)) {
    const question = questions.get(id)
    if (!question) throw new AnswersError(`unknown question id "${id}"`)
    if (value === null) continue
    answers[id] = parseValue(question, value)
  }
  return answers
}

function parseValue(q: Question, value: unknown): AnswerValue {
  const fail = (expected: string): never => {
    throw new AnswersError(`answer "${q.id}" must be ${expected}, got ${JSON.stringify(value)}`)
  }
  const options = new Set((q.options ?? []).map((o) => o.value))
  switch (q.type) {
    case 'singleChoice':
      if (typeof value !== 'string') return fail('one option value (a string)')
      if (!options.has(value)) return fail(`one of ${[...options].join(', ')}`)
      return value
    case 'multiChoice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        return fail('a list of option values')
      }
      const unknown = (value as string[]).find((v) => !options.has(v))
      if (unknown !== undefined) {
        throw new AnswersError(`answer "${q.id}" has unknown option value "${unknown}"`)
      }
      return [...new Set(value as string[])]
    }
    case 'integer':
      if (typeof value !== 'number') return fail('a whole number')
      return checkNumber(q, value, fail)
    case 'amount':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return fail('an amount in euro (a number ≥ 0)')
      }
      return checkNumber(q, value, fail)
    case 'boolean':
      if (typeof value !== 'boolean') return fail('true or false')
      return value
    case 'date':
      if (typeof value !== 'string' || !isRealDate(value)) return fail('a real date as YYYY-MM-DD')
      return value
    case 'costMatrix':
      return parseCostMatrix(q, value)
  }
}

function checkNumber(q: Question, value: number, fail: (expected: string) => never): number {
  const problem = numberProblem(q, value)
  if (problem?.code === 'notWholeNumber') return fail('a whole number')
  if (problem?.code === 'min')
    throw new AnswersError(`answer "${q.id}" is ${value}, below the minimum ${problem.limit}`)
  if (problem?.code === 'max')
    throw new AnswersError(`answer "${q.id}" is ${value}, above the maximum ${problem.limit}`)
  return value
}

function parseCostMatrix(q: Question, value: unknown): CostMatrix {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AnswersError(`answer "${q.id}" must be an object of cost type → phase → euro`)
  }
  const matrix: CostMatrix = {}
  for (const [type, row] of Object.entries(value)) {
    if (!(COST_TYPES as readonly string[]).includes(type)) {
      throw new AnswersError(`answer "${q.id}" has unknown cost type "${type}"`)
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new AnswersError(`answer "${q.id}.${type}" must be an object of phase → euro`)
    }
    const cells: Partial<Record<string, number>> = {}
    for (const [phase, euros] of Object.entries(row)) {
      if (!(PHASES as readonly string[]).includes(phase)) {
        throw new AnswersError(`answer "${q.id}.${type}" has unknown phase "${phase}"`)
      }
      if (typeof euros !== 'number' || !Number.isFinite(euros) || euros < 0) {
        throw new AnswersError(`answer "${q.id}.${type}.${phase}" must be an amount ≥ 0`)
      }
      if (euros > 0) cells[phase] = euros
    }
    matrix[type as keyof CostMatrix] = cells
  }
  return matrix
}
