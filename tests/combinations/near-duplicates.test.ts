// Issue 12, part 3: plans that differ only by an interchangeable programme are one plan.
import { describe, expect, it } from 'vitest'
import {
  type CostType,
  type DeadlineState,
  type FinancingPlan,
  type Phase,
} from '../../src/domain/index'
import type { AwardKind } from '../../src/domain/catalogue/vocabulary'
import { collapseNearDuplicates } from '../../src/domain/combinations/combine'
import { makePlan } from '../fixtures/make-plan'

interface App {
  id: string
  amount: number
  block?: `${CostType}/${Phase}`
  applicant?: string
  verdict?: 'eligible' | 'open'
  /** The deadline's state today (a dated call, `upcoming`, by default). */
  deadline?: DeadlineState
}

/** Foundations and lotteries pay private money; every other programme here is public. */
const PRIVATE = new Set(['stiftung-fernsehlotterie', 'stiftung-kickstart'])
/** No award kind known: the deadline alone decides how sure each application is. */
const noAward = () => null

/** A hand-made plan: each application funds one cost block (advice in the concept by default). */
function plan(apps: App[]): FinancingPlan {
  const base = makePlan()
  const total = apps.reduce((sum, a) => sum + a.amount, 0)
  return {
    ...base,
    programs: apps.map((a) => a.id).sort(),
    allocations: apps.map((a) => {
      const [costType, phase] = (a.block ?? 'advice/concept').split('/') as [CostType, Phase]
      return { programId: a.id, costType, phase, amount: a.amount }
    }),
    totalFunding: total,
    applications: apps.map((a) => ({
      ...base.applications[0]!,
      programId: a.id,
      name: { de: `Name of ${a.id}`, en: `Name of ${a.id}` },
      amount: a.amount,
      applicant: a.applicant ?? 'municipality',
      verdict: a.verdict ?? 'eligible',
      isPublic: !PRIVATE.has(a.id),
      deadline: { ...base.applications[0]!.deadline, state: a.deadline ?? 'upcoming' },
    })),
  }
}

const nachbar = {
  id: 'bw-nachbarschaftsgespraeche',
  amount: 6000,
  block: 'material/concept',
} as const
const gut = { id: 'bw-gutberaten', amount: 4000 }
const gutQe = { id: 'q2030-gutberaten-qe', amount: 4000 }

describe('near-duplicate plans', () => {
  it.each([
    ['the swapped programme of the same level, amount and cost block', [nachbar, gutQe], 1],
    ['a single-programme plan swapped for its twin', [gutQe], 1],
    ['a swapped programme with another amount', [nachbar, { ...gutQe, amount: 3500 }], 2],
    [
      'a swapped programme of another public level',
      [nachbar, { ...gutQe, id: 'bund-dsee-mikro' }],
      1,
    ],
    [
      'a swapped programme paying private money for public',
      [nachbar, { ...gutQe, id: 'stiftung-kickstart' }],
      2,
    ],
    [
      'a swapped programme in another cost block',
      [nachbar, { ...gutQe, block: 'advice/analysis' }],
      2,
    ],
    [
      'a swapped programme whose verdict is still open',
      [nachbar, { ...gutQe, verdict: 'open' }],
      2,
    ],
    [
      'the same swap but another amount for a shared programme',
      [{ ...nachbar, amount: 5000 }, gutQe],
      2,
    ],
    [
      'the same swap but a shared programme filed by another applicant',
      [{ ...nachbar, applicant: 'registeredAssociation' }, gutQe],
      2,
    ],
    [
      'two programmes swapped',
      [{ ...nachbar, id: 'stiftung-fernsehlotterie', block: 'advice/concept' }, gutQe],
      2,
    ],
  ] as const)('%s', (_, second, remaining) => {
    const first = second.length === 1 ? plan([gut]) : plan([nachbar, gut])
    const plans = collapseNearDuplicates([first, plan([...second])], noAward, 10)
    expect(plans).toHaveLength(remaining)
    expect(plans[0]!.programs).toEqual(first.programs)
    expect(plans[0]!.alternatives !== undefined).toBe(remaining === 1)
  })

  it('keeps a swap apart whose plan warns of something else', () => {
    const first = plan([nachbar, gut])
    const unconfirmed = {
      ...plan([nachbar, gutQe]),
      warnings: [
        {
          kind: 'cumulationUnconfirmed',
          programId: gutQe.id,
          name: { de: 'Name', en: 'Name' },
          others: [],
        },
      ],
    } satisfies FinancingPlan
    expect(collapseNearDuplicates([first, unconfirmed], noAward, 10)).toHaveLength(2)
    // The same warning on both: one plan.
    expect(
      collapseNearDuplicates(
        [{ ...first, warnings: unconfirmed.warnings }, unconfirmed],
        noAward,
        10,
      ),
    ).toHaveLength(1)
  })

  it('keeps the better-ranked plan, records the alternative and fills the list from further plans', () => {
    const ranked = [
      plan([{ id: 'q2030-quartiersimpulse', amount: 85000 }]),
      plan([nachbar, gut]),
      plan([nachbar, gutQe]),
      plan([nachbar]),
      plan([gut]),
      plan([gutQe]),
      plan([{ id: 'bund-dsee-mikro', amount: 2500 }]),
    ]
    const plans = collapseNearDuplicates(ranked, noAward, 4)
    expect(plans.map((p) => p.programs)).toEqual([
      ['q2030-quartiersimpulse'],
      ['bw-gutberaten', 'bw-nachbarschaftsgespraeche'],
      ['bw-nachbarschaftsgespraeche'],
      ['bw-gutberaten'],
    ])
    // The first plan and every amount stay as they were.
    expect(plans[0]).toEqual(ranked[0])
    expect(plans.map((p) => p.totalFunding)).toEqual([85000, 10000, 6000, 4000])
    const alternative = {
      replaces: 'bw-gutberaten',
      programId: 'q2030-gutberaten-qe',
      name: { de: 'Name of q2030-gutberaten-qe', en: 'Name of q2030-gutberaten-qe' },
      applicant: 'municipality',
      amount: 4000,
      // Without award kinds both are calls with a date ahead: equally sure.
      certainty: 'dated',
      lessCertain: false,
    }
    expect(plans[1]!.alternatives).toEqual([alternative])
    // Found after the list was full, the twin of its last plan is still recorded on it.
    expect(plans[3]!.alternatives).toEqual([alternative])
    expect(plans[0]!.alternatives).toBeUndefined()
    // The caller's plans are left as they were.
    expect(ranked[1]!.alternatives).toBeUndefined()
  })

  it('collects several alternatives for one programme, each once', () => {
    const third = { id: 'other-voucher', amount: 4000 }
    const plans = collapseNearDuplicates(
      [plan([gut]), plan([gutQe]), plan([third]), plan([gutQe])],
      noAward,
      10,
    )
    expect(plans).toHaveLength(1)
    expect(plans[0]!.alternatives?.map((a) => a.programId)).toEqual([
      'q2030-gutberaten-qe',
      'other-voucher',
    ])
  })

  // The search finds twins in any order; the surer one must stand for both, whatever came first.
  const awards: Record<string, AwardKind> = {
    'bw-gutberaten': 'competitive',
    'q2030-gutberaten-qe': 'rolling',
  }
  const awardOf = (id: string) => awards[id] ?? null
  it.each([
    ['a competition found first, its rolling twin kept', gut, gutQe, gutQe, 'competitive', true],
    ['a rolling programme found first and kept', gutQe, gut, gutQe, 'competitive', true],
    [
      'a dated call (upcoming) found first, a call open today kept: both dated, the first',
      { id: 'a', amount: 4000 },
      { id: 'b', amount: 4000, deadline: 'open' },
      { id: 'a', amount: 4000 },
      'dated',
      false,
    ],
    [
      'a call without a known date found first, a dated one kept',
      { id: 'a', amount: 4000, deadline: 'irregular' },
      { id: 'b', amount: 4000 },
      { id: 'b', amount: 4000 },
      'undated',
      true,
    ],
    [
      'a dated call found first, one taking applications any time kept',
      { id: 'a', amount: 4000 },
      { id: 'b', amount: 4000, deadline: 'rolling' },
      { id: 'b', amount: 4000, deadline: 'rolling' },
      'dated',
      true,
    ],
    [
      'an undated call and a competition: equally unsure, the first',
      { id: 'a', amount: 4000, deadline: 'irregular' },
      { ...gut, deadline: 'upcoming' },
      { id: 'a', amount: 4000, deadline: 'irregular' },
      'competitive',
      false,
    ],
  ] as const)('%s', (_, found, later, representative, certainty, lessCertain) => {
    const first = plan([nachbar, found])
    const plans = collapseNearDuplicates([first, plan([nachbar, later])], awardOf, 10)
    expect(plans).toHaveLength(1)
    expect(plans[0]!.programs).toEqual([nachbar.id, representative.id].sort())
    const other = representative.id === found.id ? later : found
    expect(plans[0]!.alternatives?.map((a) => [a.replaces, a.programId])).toEqual([
      [representative.id, other.id],
    ])
    // The "oder" says how sure the alternative is, and when it is less sure than the plan's.
    expect(plans[0]!.alternatives?.[0]).toMatchObject({ certainty, lessCertain })
    // The same euros either way.
    expect(plans[0]!.totalFunding).toBe(first.totalFunding)
  })

  it('lets a surer twin found after the list is full take its less sure twin’s place', () => {
    const plans = collapseNearDuplicates(
      [plan([{ id: 'q2030-quartiersimpulse', amount: 85000 }]), plan([gut]), plan([gutQe])],
      awardOf,
      2,
    )
    expect(plans.map((p) => p.programs)).toEqual([['q2030-quartiersimpulse'], [gutQe.id]])
    expect(plans[1]!.alternatives?.map((a) => a.programId)).toEqual([gut.id])
  })

  it('puts the surer of two unrelated plans of equal funding first when only one fits', () => {
    const other = { id: 'bund-dsee-mikro', amount: 4000, deadline: 'irregular' } as const
    const plans = collapseNearDuplicates(
      [plan([other]), plan([{ ...gutQe, block: 'advice/analysis' }])],
      awardOf,
      1,
    )
    expect(plans.map((p) => p.programs)).toEqual([[gutQe.id]])
  })
})
