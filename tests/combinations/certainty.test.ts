// The certainty order (issue 12): entitlements and rolling programmes before dated calls before
// undated calls and competitions, unless the less certain plan brings materially more. Every
// expectation is worked out by hand from the rule: a euro counts 100 % (tier 0), 80 % (tier 1)
// or 64 % (tier 2).
import { describe, expect, it } from 'vitest'
import {
  applicationCertainty,
  orderByCertainty,
  planCertainty,
} from '../../src/domain/combinations/certainty'
import { planFrom } from '../fixtures/make-plan'
import type { AwardKind } from '../../src/domain/catalogue/vocabulary'
import type { DeadlineState, FinancingPlan, PlanApplication } from '../../src/domain/index'

/** Programme ids name their kind: `r…` rolling, `d…` dated call, `c…` competition, `e…` entitlement. */
const AWARD: Record<string, AwardKind | null> = {
  r: 'rolling',
  d: null,
  c: 'competitive',
  e: 'entitlement',
}
const STATE: Record<string, DeadlineState> = {
  r: 'rolling',
  d: 'upcoming',
  c: 'upcoming',
  e: 'rolling',
}
const awardOf = (id: string) => AWARD[id[0]!] ?? null

function application(programId: string, amount: number): PlanApplication {
  return {
    programId,
    name: { de: programId, en: programId },
    applicant: 'municipality',
    amount,
    verdict: 'eligible',
    prerequisites: [],
    deadline: {
      state: STATE[programId[0]!]!,
      next: null,
      opens: null,
      expected: false,
      last: null,
    },
    isPublic: true,
    basis: [],
  }
}

/** A plan of `id=amount` applications; only the applications and the total are read. */
function plan(...parts: string[]): FinancingPlan {
  const applications = parts.map((p) => {
    const [id, amount] = p.split('=') as [string, string]
    return application(id, Number(amount))
  })
  return planFrom(applications)
}

const order = (...plans: FinancingPlan[]) =>
  orderByCertainty(plans, awardOf).map((p) => p.programs.join('+'))

describe('certainty of one application', () => {
  it.each<[AwardKind | null, DeadlineState, string]>([
    ['entitlement', 'rolling', 'entitlement'],
    // An entitlement stays one even while a yearly date applies to it.
    ['entitlement', 'expected', 'entitlement'],
    ['rolling', 'rolling', 'rolling'],
    // A programme that awards as applications come is rolling, though its round has a date.
    ['rolling', 'irregular', 'rolling'],
    ['firstCome', 'rolling', 'rolling'],
    ['firstCome', 'upcoming', 'dated'],
    // First come, first served with its window open today (KfW 432 until 31.12.2026): apply now.
    ['firstCome', 'open', 'rolling'],
    [null, 'rolling', 'rolling'],
    [null, 'open', 'dated'],
    [null, 'upcoming', 'dated'],
    // A date projected from the yearly pattern is still a date to plan for.
    [null, 'expected', 'dated'],
    [null, 'irregular', 'undated'],
    [null, 'unknown', 'undated'],
    // A competition is uncertain whatever its dates.
    ['competitive', 'rolling', 'competitive'],
    ['competitive', 'upcoming', 'competitive'],
  ])('award %s with deadline %s is %s', (award, state, expected) => {
    expect(applicationCertainty(award, state)).toBe(expected)
  })

  it('a plan is as sure as its least certain application, a competition named first', () => {
    const mixed = [application('r1', 5000), application('d1', 5000), application('r2', 1)]
    expect(planCertainty(mixed, awardOf)).toEqual({ certainty: 'dated', tier: 1, programId: 'd1' })
    const undated = {
      ...application('u1', 1),
      deadline: { ...application('u1', 1).deadline, state: 'irregular' as const },
    }
    expect(planCertainty([undated, application('c1', 1)], awardOf)).toMatchObject({
      certainty: 'competitive',
      tier: 2,
      programId: 'c1',
    })
  })
})

describe('certainty order', () => {
  it.each([
    // 125,000 € of a dated call weigh 0.8 × 125,000 = 100,000 €: a tie, the surer plan leads.
    ['r=100000', 'd=125000', ['r', 'd']],
    // One euro more (100,000.8 €) and the dated plan brings more than 25 % more: it leads.
    ['r=100000', 'd=125001', ['d', 'r']],
    // Two tiers: 0.64 × 156,250 = 100,000 € ties; 156,251 € lead.
    ['r=100000', 'c=156250', ['r', 'c']],
    ['r=100000', 'c=156251', ['c', 'r']],
    // An entitlement and a rolling programme are equally sure: euros decide.
    ['e=90000', 'r=90001', ['r', 'e']],
    // A competition of 120,000 € against a dated call of 96,000 €: 76,800 = 76,800, a tie.
    ['d=96000', 'c=120000', ['d', 'c']],
  ])('%s against %s', (a, b, expected) => {
    // Given best first by funding, as the search returns them.
    const [first, second] = [plan(a), plan(b)].sort((x, y) => y.totalFunding - x.totalFunding)
    expect(order(first!, second!)).toEqual(expected)
  })

  it('a sure grant with a competition on top stays ahead of the sure grant alone', () => {
    // NIS 93,000 € (rolling) + Integration vor Ort 44,000 € (competition): 93,000 + 0.64 ×
    // 44,000 = 121,160 € > 93,000 €, since the plan holds the same sure money and a chance more.
    const [top, next] = orderByCertainty([plan('r=93000', 'c=44000'), plan('r=93000')], awardOf)
    expect(top!.programs).toEqual(['c', 'r'])
    expect(top!.certainty).toEqual({ certainty: 'competitive', tier: 2, programId: 'c' })
    expect(top!.rankReason).toEqual({
      code: 'materiallyMore',
      next: { certainty: 'rolling', tier: 0, programId: 'r' },
      difference: 44000,
      // 44,000 / 93,000 = 47.3 %
      percent: 47,
      weighted: 121160,
      nextWeighted: 93000,
    })
    expect(next!.rankReason).toEqual({ code: 'last' })
  })

  it('says why each plan stands before the next', () => {
    const plans = orderByCertainty(
      [
        plan('d1=130000'), // 104,000 weighted
        plan('r1=110000'), // 110,000
        plan('r2=100000'), // 100,000
        plan('r3=60000', 'r4=40000'), // 100,000, two applications
        plan('r5=50000', 'r6=50000'), // 100,000, two applications
      ],
      awardOf,
    )
    expect(plans.map((p) => [p.programs.join('+'), p.rankReason?.code])).toEqual([
      // Surer, and as much or more: 110,000 € against 130,000 € of a dated call is fewer euros.
      ['r1', 'surerMoney'],
      // Less sure, but 130,000 € is 30 % more than 100,000 €, above the 25 % a tier asks.
      ['d1', 'materiallyMore'],
      ['r2', 'fewerApplications'],
      // Same tier, same euros, same number of applications: the search's order holds.
      ['r3+r4', 'equal'],
      ['r5+r6', 'last'],
    ])
    expect(plans[0]!.rankReason).toMatchObject({ difference: -20000, percent: 18 })
    expect(plans[1]!.rankReason).toMatchObject({ difference: 30000, percent: 30 })
  })

  it('names a surer plan with at least as many euros, and more euros in one tier', () => {
    const [sure, dated, smaller] = orderByCertainty(
      [plan('r=80000'), plan('d=80000'), plan('d2=50000')],
      awardOf,
    )
    expect(sure!.rankReason).toMatchObject({ code: 'moreCertain', difference: 0 })
    expect(dated!.rankReason).toMatchObject({ code: 'moreFunding', difference: 30000, percent: 60 })
    expect(smaller!.rankReason).toEqual({ code: 'last' })
  })

  it('marks a single plan as the only one and leaves the plans given unchanged', () => {
    const given = plan('c=1000')
    const [only] = orderByCertainty([given], awardOf)
    expect(only!.rankReason).toEqual({ code: 'only' })
    expect(given.rankReason).toBeUndefined()
    expect(orderByCertainty([], awardOf)).toEqual([])
  })
})
