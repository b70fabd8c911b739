import { expect, it } from 'vitest'
import { AnswersError } from '../../src/domain/answers/parse-answers'
import { numberProblem, parseAnswers, type Question } from '../../src/domain/index'

const count = { id: 'places', type: 'integer', min: 1, max: 20 } as Question
const amount = { id: 'funds', type: 'amount', min: 0 } as Question
const questions = new Map([count, amount].map((q) => [q.id, q]))

// [question, value, the problem]: the form (questionnaire/validate.ts) and parseAnswers share it.
it.each([
  [count, 3, null],
  [count, 2.5, { code: 'notWholeNumber' }],
  [count, 0, { code: 'min', limit: 1 }],
  [count, 21, { code: 'max', limit: 20 }],
  [amount, 2.5, null],
  [amount, -1, { code: 'min', limit: 0 }],
] as const)('%o with %d: %o', (question, value, problem) => {
  expect(numberProblem(question, value)).toEqual(problem)
  const parse = () => parseAnswers({ [question.id]: value }, questions)
  if (problem === null) expect(parse()).toEqual({ [question.id]: value })
  else expect(parse).toThrow(AnswersError)
})
