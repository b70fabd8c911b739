import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryFullAnswers, arbitraryPartialOf } from '../fixtures/arbitrary-answers'
import { encodeShareLink } from '../../src/domain/index'
import { MAX_SHARED_COMBINATIONS } from '../../src/domain/share/codec'
import { questionnaire } from '../fixtures/data'
import { expectedAnswers, open, programIds, share } from './helpers'

const allQuestions = questionnaire.steps.flatMap((s) => s.questions)
const combinations = fc.array(
  fc.uniqueArray(fc.constantFrom(...programIds), { minLength: 1, maxLength: 8 }),
  { maxLength: 4 },
)

describe('share link round trip', { timeout: 60_000 }, () => {
  it('restores any full set of valid answers and the chosen combinations', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(allQuestions), combinations, (answers, combos) => {
        const result = open(share({ answers, combinations: combos }))
        if (!result.ok) throw new Error(result.message)
        expect(result.answers).toEqual(expectedAnswers(answers))
        expect(result.combinations).toEqual(combos.map((c) => [...c].sort()))
        expect(result.dropped).toEqual([])
        expect(result.catalogueChanged).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('restores any partial set of answers without inventing the missing ones', () => {
    fc.assert(
      fc.property(arbitraryPartialOf(allQuestions), ({ partial }) => {
        const result = open(share({ answers: partial, combinations: [] }))
        if (!result.ok) throw new Error(result.message)
        expect(result.answers).toEqual(expectedAnswers(partial))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps amounts with cents and odd values exactly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 2 ** 40 }).map((c) => c / 100),
          fc.double({ min: 0, max: 1e12, noNaN: true }),
        ),
        (ownFunds) => {
          const result = open(share({ answers: { ownFunds }, combinations: [] }))
          expect(result.ok && result.answers.ownFunds).toBe(ownFunds)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives the same link for the same state, so links can be compared', () => {
    const answers = { organisations: ['registeredAssociation', 'municipality'], population: 900 }
    const reordered = { population: 900, organisations: ['municipality', 'registeredAssociation'] }
    expect(share({ answers, combinations: [] })).toBe(
      share({ answers: reordered, combinations: [] }),
    )
  })

  it('says how many combinations did not fit instead of dropping them silently', () => {
    const many = Array.from({ length: MAX_SHARED_COMBINATIONS + 2 }, (_, i) => [programIds[i]!])
    const { fragment, omittedCombinations } = encodeShareLink(
      { answers: {}, combinations: many },
      questionnaire,
      '2026-01-01',
    )
    expect(omittedCombinations).toBe(2)
    const result = open(fragment)
    expect(result.ok && result.combinations).toHaveLength(MAX_SHARED_COMBINATIONS)
  })
})
