// Issue 12, part 6: the results list by relevance, not by verdict and id.
import { describe, expect, it } from 'vitest'
import {
  orderPrograms,
  upperBound,
  type DeadlineState,
  type ProgramRecommendation,
} from '../../src/domain/index'
import { programSchema } from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'

function rec(
  id: string,
  verdict: ProgramRecommendation['verdict'],
  state: DeadlineState,
  next: string | null = null,
): ProgramRecommendation {
  return {
    id,
    name: { de: id, en: id },
    status: 'rolling',
    level: 'land',
    verdict,
    criteria: [],
    openQuestions: [],
    deadline: { state, next, opens: null, expected: state === 'expected', last: null },
    lastChecked: '2026-01-01',
  }
}

describe('order of the programme list', () => {
  it.each([
    [
      'an eligible programme before an open one before an ineligible one, whatever they bring',
      [
        rec('c-inel', 'ineligible', 'open'),
        rec('b-open', 'open', 'open'),
        rec('a-el', 'eligible', 'open'),
      ],
      { 'c-inel': 90000, 'b-open': 50000, 'a-el': 1000 },
      ['a-el', 'b-open', 'c-inel'],
    ],
    [
      'closed and dormant programmes last, even when eligible',
      [
        rec('a-closed', 'eligible', 'closed'),
        rec('b-dormant', 'eligible', 'dormant'),
        rec('z-inel', 'ineligible', 'unknown'),
      ],
      { 'a-closed': 90000, 'b-dormant': 90000, 'z-inel': 0 },
      ['z-inel', 'a-closed', 'b-dormant'],
    ],
    [
      'the programme that brings most first, not the one whose id sorts first',
      [rec('bund-small', 'eligible', 'rolling'), rec('q-big', 'eligible', 'rolling')],
      { 'bund-small': 2500, 'q-big': 85000 },
      ['q-big', 'bund-small'],
    ],
    [
      'same amount: open or rolling before upcoming or expected before irregular or unknown',
      [
        rec('a-unknown', 'eligible', 'unknown'),
        rec('b-irregular', 'eligible', 'irregular'),
        rec('c-expected', 'eligible', 'expected', '2027-03-01'),
        rec('d-upcoming', 'eligible', 'upcoming', '2027-05-01'),
        rec('e-rolling', 'eligible', 'rolling'),
        rec('f-open', 'eligible', 'open', '2027-01-15'),
      ],
      {},
      ['f-open', 'e-rolling', 'c-expected', 'd-upcoming', 'a-unknown', 'b-irregular'],
    ],
    [
      'same amount and state: the earlier date first',
      [
        rec('a-late', 'open', 'upcoming', '2027-09-01'),
        rec('b-early', 'open', 'upcoming', '2027-02-01'),
      ],
      {},
      ['b-early', 'a-late'],
    ],
    [
      'a full tie: by id',
      [rec('b', 'eligible', 'rolling'), rec('a', 'eligible', 'rolling')],
      {},
      ['a', 'b'],
    ],
  ] as const)('%s', (_, programs, amounts, expected) => {
    const brings = (id: string) => (amounts as Record<string, number>)[id] ?? 4000
    expect(orderPrograms(programs, brings).map((p) => p.id)).toEqual(expected)
    // The order does not depend on the order given.
    expect(orderPrograms([...programs].reverse(), brings).map((p) => p.id)).toEqual(expected)
  })
})

describe('what a programme could bring without a plan', () => {
  const program = (over: Parameters<typeof makeProgram>[0]) =>
    programSchema.parse(makeProgram(over))
  const project = {
    organisations: ['municipality'],
    costs: { personnel: { implementation: 40000 }, advice: { concept: 6000 } },
    answers: {},
  }

  it.each([
    ['its rate on the costs it funds', { ratePercent: 50, maxAmount: null }, 20000],
    ['capped by its maximum', { ratePercent: 50, maxAmount: 8000 }, 8000],
    [
      'without a rate: its maximum, at most the costs',
      { ratePercent: null, maxAmount: 90000 },
      40000,
    ],
    ['without a rate or a maximum: nothing known', { ratePercent: null, maxAmount: null }, 0],
  ] as const)('%s', (_, money, expected) => {
    const p = program({
      id: 'p',
      money: {
        form: 'grant',
        minAmount: null,
        perUnit: [],
        minOwnSharePercent: null,
        ...money,
      },
    })
    expect(upperBound(p, project)).toBe(expected)
  })

  it('a loan brings no grant money', () => {
    const p = program({
      id: 'loan',
      money: {
        form: 'loan',
        ratePercent: 100,
        minAmount: null,
        maxAmount: null,
        perUnit: [],
        minOwnSharePercent: null,
      },
    })
    expect(upperBound(p, project)).toBe(0)
  })
})
