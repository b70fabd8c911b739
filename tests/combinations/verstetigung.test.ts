import { describe, expect, it } from 'vitest'
import { planTimeline, type TimelineContext } from '../../src/domain/combinations/verstetigung'
import { describeTimeline } from '../../src/domain/describe/timeline'
import type { CostMatrix, FinancingPlan, PlanApplication, Program } from '../../src/domain/index'
import type { ProgramInput } from '../../src/domain/catalogue/schema'
import type { CandidateProgram } from '../../src/domain/combinations/candidates'
import { programSchema } from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'
import { planFrom } from '../fixtures/make-plan'

const program = (overrides: Partial<ProgramInput> & { id: string }): Program =>
  programSchema.parse(makeProgram(overrides))

/** A fixed sum paid per year of the project, `amount` a year. */
const yearlyFixedSum = (id: string, amount: number, over: Partial<ProgramInput> = {}) =>
  program({
    id,
    ...over,
    money: {
      form: 'fixedSum',
      ratePercent: null,
      minAmount: null,
      maxAmount: null,
      perUnit: [{ amount, per: [{ unit: 'year' }], label: { de: 'je Jahr', en: 'a year' } }],
      minOwnSharePercent: null,
    },
  })

const rolling = { state: 'rolling', next: null, opens: null, expected: false, last: null } as const

function application(
  programId: string,
  amount: number,
  next: string | null = null,
): PlanApplication {
  return {
    programId,
    name: { de: `Programm ${programId}`, en: `Programm ${programId}` },
    applicant: 'municipality',
    amount,
    verdict: 'eligible',
    prerequisites: [],
    deadline: next === null ? rolling : { ...rolling, state: 'upcoming', next },
    isPublic: true,
    basis: [],
  }
}

/** A plan whose allocations are given per phase; totals are not read by the time line. */
const plan = (
  applications: PlanApplication[],
  allocations: FinancingPlan['allocations'] = [],
): FinancingPlan => planFrom(applications, { allocations, totalCosts: 0 })

function context(
  programs: Program[],
  over: Partial<TimelineContext> & { projectYears?: number | null } = {},
): TimelineContext {
  const { projectYears = 3, ...rest } = over
  return {
    programs: new Map(programs.map((p) => [p.id, p])),
    candidates: [],
    answers: projectYears === null ? {} : { projectYears },
    costs: {},
    plannedStart: '2027-01-01',
    today: '2026-11-29',
    ...rest,
  }
}

const twoYearGrant = program({ id: 'grant-2y', durationMonths: 24 })
const costs = (consolidation: number, implementation = 60000): CostMatrix => ({
  personnel: { implementation, consolidation },
})

describe('plan time line', () => {
  it('a 3-year project with a 2-year grant: years 1–2 funded evenly, year 3 uncovered', () => {
    const t = planTimeline(plan([application('grant-2y', 8001)]), context([twoYearGrant]))
    expect(t.applications[0]).toMatchObject({
      starts: '2027-01-01',
      years: [1, 2],
      basis: 'evenSpread',
      // 8,001 € over two years: the euro left over goes to the first year, so the sum holds.
      perYear: [4001, 4000],
    })
    expect(t.years.map((y) => [y.year, y.from, y.status])).toEqual([
      [1, '2027-01-01', 'funded'],
      [2, '2028-01-01', 'funded'],
      [3, '2029-01-01', 'none'],
    ])
    expect(t.gap).toMatchObject({ years: [3], endsEarly: true, unfundedConsolidation: 0 })
  })

  it('pays per year where the money terms count years, and starts at a later deadline', () => {
    const perYear = program({
      id: 'post',
      durationMonths: 36,
      money: {
        form: 'grant',
        ratePercent: 80,
        minAmount: null,
        maxAmount: null,
        perUnit: [
          { amount: 25000, per: [{ unit: 'year' }], label: { de: 'je Jahr', en: 'a year' } },
        ],
        minOwnSharePercent: null,
      },
    })
    // Deadline 14 months after the planned start: the grant starts in project year 2 and runs
    // three years, but the project ends after year 4, so it funds years 2–4. 60,000 € at
    // 25,000 € a year: 25,000 + 25,000 + 10,000.
    const t = planTimeline(
      plan([application('post', 60000, '2028-03-15')]),
      context([perYear], { projectYears: 4 }),
    )
    expect(t.applications[0]).toMatchObject({
      starts: '2028-03-15',
      years: [2, 3, 4],
      basis: 'perYear',
      perYear: [25000, 25000, 10000],
    })
    expect(t.years.map((y) => y.status)).toEqual(['none', 'funded', 'funded', 'funded'])
    // Year 1 has no funding, but the funding lasts to the project's end.
    expect(t.gap).toMatchObject({ years: [1], endsEarly: false })
  })

  it.each([
    // [award, starts]: a funding period open to 2028, decided as applications arrive or as a call
    ['rolling', '2027-01-01'],
    ['competitive', '2028-12-31'],
  ] as const)(
    'with a window open to 2028 and award %s, the money starts on %s',
    (award, starts) => {
      const period = yearlyFixedSum('period', 40000, { durationMonths: 96, award })
      const open = {
        ...application('period', 55000),
        deadline: { ...rolling, state: 'open' as const, opens: '2021-01-01', next: '2028-12-31' },
      }
      // A 2-year project from 1 January 2027. Decided on arrival: years 1–2 at 40,000 € a year,
      // 40,000 + 15,000 = 55,000 €. As a call: after its deadline, the project's last year only.
      const t = planTimeline(plan([open]), context([period], { projectYears: 2 }))
      expect(t.applications[0]!.starts).toBe(starts)
      expect(t.years.map((y) => y.status)).toEqual(
        award === 'rolling' ? ['funded', 'funded'] : ['none', 'funded'],
      )
      if (award === 'rolling') expect(t.applications[0]!.perYear).toEqual([40000, 15000])
    },
  )

  it.each([
    // [duration in months, yearly, amount, years, per year]
    [12, 20000, 40000, [1, 2], [20000, 20000]],
    [null, 5000, 10000, [1, 2], [5000, 5000]],
    [null, 2000, 39000, [], []],
  ] as const)(
    'a grant approved for %s months that pays %i € a year: %i € fall in years %j',
    (durationMonths, yearly, amount, years, perYear) => {
      // Each year applied for anew (VwV Integrationsbeauftragte, Unterstützung im Alltag): the
      // years the money counts are the years it funds. Where more than the yearly money is in
      // the plan (a Bürgerbus's vehicle grant beside its 2,000 € a year), the years stay unknown,
      // as without a duration.
      const grant = yearlyFixedSum('yearly', yearly, { durationMonths })
      const t = planTimeline(
        plan([application('yearly', amount)]),
        context([grant], { projectYears: 2 }),
      )
      expect(t.applications[0]).toMatchObject({ years, perYear })
    },
  )

  it('never guesses a duration: a programme without one leaves its years unknown, not a gap', () => {
    const unknown = program({ id: 'open-ended', durationMonths: null })
    const t = planTimeline(plan([application('open-ended', 9000)]), context([unknown]))
    expect(t.applications[0]).toMatchObject({ years: [], basis: 'durationUnknown', perYear: [] })
    expect(t.years.map((y) => y.status)).toEqual(['unknown', 'unknown', 'unknown'])
    expect(t.gap).toBeNull()
  })

  it('shows nothing when the funding covers every year and all consolidation costs', () => {
    const t = planTimeline(
      plan(
        [application('grant-2y', 10000)],
        [{ programId: 'grant-2y', costType: 'personnel', phase: 'consolidation', amount: 5000 }],
      ),
      context([twoYearGrant], { projectYears: 2, costs: costs(5000) }),
    )
    expect(t.years.every((y) => y.status === 'funded')).toBe(true)
    expect(t.gap).toBeNull()
  })

  it('without a project duration shows no years, but still the unfunded consolidation costs', () => {
    const t = planTimeline(
      plan([application('grant-2y', 8000)]),
      context([twoYearGrant], { projectYears: null, costs: costs(7000) }),
    )
    expect(t.projectYears).toBeNull()
    expect(t.years).toEqual([])
    expect(t.gap).toMatchObject({ years: [], endsEarly: false, unfundedConsolidation: 7000 })
  })
})

describe('Verstetigung gap', () => {
  const consolidation = (id: string, over: Partial<ProgramInput> = {}) =>
    program({ id, phases: ['implementation', 'consolidation'], ...over })
  const candidate = (p: Program, verdict: 'eligible' | 'open' = 'eligible'): CandidateProgram => ({
    program: p,
    verdict,
    openQuestions: [],
  })

  it('45,000 € consolidation costs with 30,000 € funded leave a gap of 15,000 €', () => {
    const t = planTimeline(
      plan(
        [application('grant-2y', 30000)],
        [{ programId: 'grant-2y', costType: 'personnel', phase: 'consolidation', amount: 30000 }],
      ),
      context([twoYearGrant], { costs: costs(45000) }),
    )
    expect(t.gap).toMatchObject({
      years: [3],
      endsEarly: true,
      consolidationCosts: 45000,
      consolidationFunded: 30000,
      unfundedConsolidation: 15000,
    })
  })

  it('names consolidation programmes and offers not in the plan, then the municipal budget', () => {
    const candidates = [
      candidate(consolidation('zeta-grant', { name: { de: 'Zeta', en: 'Zeta' } })),
      candidate(consolidation('alpha-open', { name: { de: 'Alpha', en: 'Alpha' } }), 'open'),
      candidate(
        consolidation('network', {
          name: { de: 'Netzwerk', en: 'Network' },
          status: 'nonMonetary',
          money: {
            form: 'none',
            ratePercent: null,
            minAmount: null,
            maxAmount: null,
            perUnit: [],
            minOwnSharePercent: null,
          },
        }),
      ),
      // Not a route: no consolidation phase, already in the plan, or its call has ended.
      candidate(program({ id: 'start-only' })),
      candidate(consolidation('grant-2y')),
      candidate(
        consolidation('dormant', {
          status: 'call',
          windows: { dates: [{ opens: '2025-01-01', closes: '2025-03-31' }], recurrence: null },
        }),
      ),
    ]
    const t = planTimeline(
      plan([application('grant-2y', 8000)]),
      context([twoYearGrant], { candidates }),
    )
    expect(t.gap?.routes.map((r) => [r.kind, r.programId, r.verdict])).toEqual([
      ['programme', 'zeta-grant', 'eligible'],
      ['programme', 'alpha-open', 'open'],
      ['offer', 'network', 'eligible'],
      ['municipalBudget', null, null],
    ])
    // The words are the describing layer's: the programme's name, the municipal budget's line.
    const described = describeTimeline(t, 'de')
    expect(described.gap?.routes.map((r) => r.name)).toEqual([
      'Zeta',
      'Alpha',
      'Netzwerk',
      expect.stringMatching(/^Kommunalhaushalt/),
    ])
    expect(describeTimeline(t, 'en').gap?.routes.at(-1)?.name).toMatch(/^Municipal budget/)
  })
})

describe('sequences: one programme funds the start, another follows for consolidation', () => {
  const fiveYearGrant = program({ id: 'follow-5y', durationMonths: 60 })
  const unknownStart = program({ id: 'start-unknown', durationMonths: null })
  const allocation = (
    programId: string,
    phase: 'implementation' | 'consolidation',
    amount: number,
  ) => ({ programId, costType: 'personnel' as const, phase, amount })
  const startAndFollow = plan(
    [application('grant-2y', 85000), application('follow-5y', 100000)],
    [
      allocation('grant-2y', 'implementation', 85000),
      allocation('follow-5y', 'consolidation', 100000),
    ],
  )

  it('the consolidation grant starts when the start grant ends, and funds the years after', () => {
    // A 5-year project from 1.1.2027: the 2-year grant funds years 1–2 (85,000 / 2 = 42,500);
    // the 5-year grant follows on 1.1.2029 and funds years 3–5 within the project:
    // 100,000 / 3 = 33,333.33, the euro left over to the first of them.
    const t = planTimeline(
      startAndFollow,
      context([twoYearGrant, fiveYearGrant], {
        projectYears: 5,
        costs: { personnel: { implementation: 85000, consolidation: 150000 } },
      }),
    )
    expect(t.sequence).toBe(true)
    expect(
      t.applications.map((a) => [a.programId, a.starts, a.years, a.perYear, a.follows]),
    ).toEqual([
      ['grant-2y', '2027-01-01', [1, 2], [42500, 42500], null],
      ['follow-5y', '2029-01-01', [3, 4, 5], [33334, 33333, 33333], 'grant-2y'],
    ])
    expect(t.years.every((y) => y.status === 'funded')).toBe(true)
    // The own share per period: none in implementation, 150,000 − 100,000 in consolidation.
    expect(t.periods).toEqual([
      { phase: 'implementation', costs: 85000, funding: 85000, ownShare: 0 },
      { phase: 'consolidation', costs: 150000, funding: 100000, ownShare: 50000 },
    ])
    expect(t.gap).toMatchObject({ years: [], endsEarly: false, unfundedConsolidation: 50000 })
  })

  it('follows the last earlier grant to end, on the same day of the month or the last', () => {
    const thirteen = program({ id: 'grant-13m', durationMonths: 13 })
    const t = planTimeline(
      plan(
        [application('grant-13m', 10000), application('follow-5y', 5000)],
        [
          allocation('grant-13m', 'implementation', 10000),
          allocation('follow-5y', 'consolidation', 5000),
        ],
      ),
      // 31.1.2027 + 13 months: February 2028 has no 31st, so the follower starts on the 29th.
      context([thirteen, fiveYearGrant], { plannedStart: '2027-01-31' }),
    )
    expect(t.applications[1]).toMatchObject({
      starts: '2028-02-29',
      follows: 'grant-13m',
      years: [2, 3],
    })
  })

  it('is no sequence when the start grant’s duration is unknown: nothing is guessed', () => {
    const t = planTimeline(
      plan(
        [application('start-unknown', 85000), application('follow-5y', 100000)],
        [
          allocation('start-unknown', 'implementation', 85000),
          allocation('follow-5y', 'consolidation', 100000),
        ],
      ),
      context([unknownStart, fiveYearGrant], { projectYears: 5 }),
    )
    expect(t.sequence).toBe(false)
    expect(t.applications[1]).toMatchObject({
      starts: '2027-01-01',
      follows: null,
      years: [1, 2, 3, 4, 5],
    })
  })

  it('is no sequence when a grant also funds the start, or when nothing comes before', () => {
    const both = plan(
      [application('grant-2y', 50000), application('follow-5y', 60000)],
      [
        allocation('grant-2y', 'implementation', 50000),
        allocation('follow-5y', 'implementation', 10000),
        allocation('follow-5y', 'consolidation', 50000),
      ],
    )
    const alone = plan(
      [application('follow-5y', 60000)],
      [allocation('follow-5y', 'consolidation', 60000)],
    )
    for (const p of [both, alone]) {
      const t = planTimeline(p, context([twoYearGrant, fiveYearGrant]))
      expect(t.sequence).toBe(false)
      expect(t.applications.find((a) => a.programId === 'follow-5y')?.starts).toBe('2027-01-01')
    }
  })
})
