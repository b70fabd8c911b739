import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateTruth } from '../../src/domain/rules/evaluate'
import { arbitraryPartialOf } from '../fixtures/arbitrary-answers'
import { catalogue, questions } from '../fixtures/data'

const ops = ['<', '<=', '>', '>=', '===', '!=='] as const
const ids = ['population', 'ownFunds', 'leaderArea', 'areaCategory', 'themes'] as const

describe('a missing answer never makes a criterion pass', () => {
  it('comparisons against an unanswered question are open, whatever the literal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.constantFrom(...ids),
        fc.oneof(
          fc.integer({ min: -5, max: 100000 }),
          fc.constant(null),
          fc.boolean(),
          fc.string(),
        ),
        fc.boolean(),
        (op, id, literal, varFirst) => {
          const args = varFirst ? [{ var: id }, literal] : [literal, { var: id }]
          expect(evaluateTruth({ [op]: args }, {})).toBe('open')
        },
      ),
    )
  })

  it('a verdict reached on partial answers holds for every completion of them', () => {
    const criteria = catalogue.programs.flatMap((p) => p.eligibility)
    fc.assert(
      fc.property(
        fc.constantFrom(...criteria),
        arbitraryPartialOf([...questions.values()]),
        (criterion, { full, partial }) => {
          const early = evaluateTruth(criterion.rule, partial)
          if (early !== 'open') expect(evaluateTruth(criterion.rule, full)).toBe(early)
        },
      ),
      { numRuns: 300 },
    )
  })
})
