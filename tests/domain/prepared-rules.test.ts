import fc from 'fast-check'
import jsonLogic from 'json-logic-js'
import { describe, expect, it } from 'vitest'
import { isAnswered, type Answers } from '../../src/domain/index'
import { registerOperations } from '../../src/domain/rules/operations'
import { readQuestionIds } from '../../src/domain/rules/rule-check'
import { evaluatePrepared, prepareRule } from '../../src/domain/rules/prepare'
import { arbitraryPartialOf } from '../fixtures/arbitrary-answers'
import { catalogue, questionnaire, questions } from '../fixtures/data'

registerOperations()
const logic = (rule: unknown, data: Answers) =>
  jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, data))

const outcome = (run: () => boolean) => {
  try {
    return run()
  } catch {
    return 'throws'
  }
}

/** The Kleene evaluation written out plainly, with json-logic deciding every leaf. */
function reference(rule: unknown, answers: Answers): true | false | 'open' {
  if (rule !== null && typeof rule === 'object' && !Array.isArray(rule)) {
    const [op] = Object.keys(rule)
    if (op === 'and' || op === 'or' || op === '!' || op === '!!') {
      const raw = (rule as Record<string, unknown>)[op]
      const values = (Array.isArray(raw) ? raw : [raw]).map((a) => reference(a, answers))
      if (op === 'and')
        return values.includes(false) ? false : values.includes('open') ? 'open' : true
      if (op === 'or')
        return values.includes(true) ? true : values.includes('open') ? 'open' : false
      const first = values[0] ?? 'open'
      return op === '!!' || first === 'open' ? first : !first
    }
  }
  if (readQuestionIds(rule).some((id) => !isAnswered(answers, id))) return 'open'
  return logic(rule, answers)
}

const rules = [
  ...catalogue.programs.flatMap((p) => p.eligibility.map((c) => c.rule)),
  ...questionnaire.steps.flatMap((s) => s.questions.flatMap((q) => q.visibleIf ?? [])),
]

describe('prepared rules', () => {
  it('decide every catalogue and visibility rule as the plain evaluation does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        arbitraryPartialOf([...questions.values()]),
        (rule, { full, partial }) => {
          const prepared = prepareRule(rule)
          expect(evaluatePrepared(prepared, partial)).toBe(reference(rule, partial))
          expect(evaluatePrepared(prepared, full)).toBe(reference(rule, full))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('compile simple leaves to exactly what json-logic computes, odd operands included', () => {
    const literal = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom('', '0', '1', 'a', 'b', null, true, false),
    )
    const operand = fc.oneof(
      literal,
      fc.array(literal, { maxLength: 3 }),
      fc.constantFrom({ var: 'x' }, { var: 'y' }, { var: 'm.a' }),
    )
    const value = fc.oneof(
      literal,
      fc.array(literal, { maxLength: 3 }),
      fc.record({ a: literal }, { requiredKeys: [] }),
    )
    const ops = ['===', '!==', '<', '<=', '>', '>=', 'in', 'fb_overlaps'] as const
    let compiled = 0
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.array(operand, { minLength: 1, maxLength: 3 }),
        value,
        value,
        value,
        (op, args, x, y, m) => {
          const rule = { [op]: args }
          const answers = { x, y, m } as Answers
          const prepared = prepareRule(rule)
          if (prepared.kind !== 'leaf' || !prepared.test) return
          compiled++
          expect(outcome(() => prepared.test!(answers))).toBe(outcome(() => logic(rule, answers)))
        },
      ),
      { numRuns: 2000 },
    )
    expect(compiled).toBeGreaterThan(500)
  })
})
