// Table tests per kind of money term: each expectation is worked out by hand from the rule
// beside it, never read off the program's output.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import type { ProgramInput } from '../../src/domain/catalogue/schema'
import { buildProblem, type CandidateProgram } from '../../src/domain/combinations/candidates'
import { termsFor } from '../../src/domain/money/terms'
import { programSchema } from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'

const text = (de: string) => ({ de, en: de })
type Money = ProgramInput['money']
const program = (id: string, money: Partial<Money>, extra: Partial<ProgramInput> = {}) =>
  programSchema.parse(
    makeProgram({
      id,
      costTypes: ['personnel', 'material', 'investment'],
      money: {
        form: 'grant',
        ratePercent: null,
        minAmount: null,
        maxAmount: null,
        minOwnSharePercent: null,
        ...money,
      },
      ...extra,
    }),
  )
const candidate = (p: ReturnType<typeof program>): CandidateProgram => ({
  program: p,
  verdict: 'eligible',
  openQuestions: [],
})
const problemOf = (
  programs: ReturnType<typeof program>[],
  costs: Record<string, Record<string, number>>,
  answers: Answers = {},
) => buildProblem(programs.map(candidate), { organisations: ['municipality'], costs, answers })

// A lottery-like programme: staff and material at 80 %, construction at 33 % up to 300,000 €.
const lottery = program('lottery', {
  ratePercent: 80,
  parts: [
    { id: 'running', label: text('Personal und Sachkosten'), costTypes: ['personnel', 'material'] },
    {
      id: 'building',
      label: text('Bau'),
      costTypes: ['investment'],
      ratePercent: 33,
      maxAmount: 300000,
    },
  ],
})

describe('parts by cost type', () => {
  it.each([
    // [costs, running block caps, building caps, building cap, item upper]
    // 80 % of 50,000 = 40,000; 33 % of 60,000 = 19,800; 40,000 + 19,800 = 59,800.
    [
      { personnel: { implementation: 50000 }, investment: { implementation: 60000 } },
      [40000],
      [19800],
      59800,
    ],
    // 33 % of 1,440,000 = 475,200 > 300,000: the part maximum binds; 300,000 + 0 running.
    [{ investment: { implementation: 1440000 } }, [], [475200], 300000],
  ])('costs %j: running %j, building %j, upper %i', (costs, running, building, upper) => {
    const problem = problemOf([lottery], costs)
    const item = problem.items[0]!
    const part = (id: string) => item.parts.find((p) => p.id === id)
    expect(part('running')?.blockCaps ?? []).toEqual(running)
    expect(part('building')?.blockCaps).toEqual(building)
    expect(item.upper).toBe(upper)
  })

  it('caps a part at its share of the total costs: investments count up to 10 % of 200,000 € at 90 %', () => {
    const foundation = program('foundation', {
      ratePercent: 90,
      parts: [
        { id: 'project', label: text('Projekt'), costTypes: ['personnel'] },
        {
          id: 'investment',
          label: text('Investitionen'),
          costTypes: ['investment'],
          maxShareOfTotalPercent: 10,
        },
      ],
    })
    const problem = problemOf([foundation], {
      personnel: { implementation: 150000 },
      investment: { implementation: 50000 },
    })
    const parts = problem.items[0]!.parts
    // 10 % of 200,000 = 20,000 eligible, 90 % of it = 18,000.
    expect(parts.find((p) => p.id === 'investment')?.upper).toBe(18000)
    // 90 % of 150,000 = 135,000; 135,000 + 18,000 = 153,000.
    expect(problem.items[0]!.upper).toBe(153000)
  })
})

describe('per-unit amounts', () => {
  const house = program('house', {
    ratePercent: null,
    perUnit: [{ amount: 40000, per: [{ unit: 'year' }], label: text('je Jahr') }],
  })
  it.each([
    // 40,000 € × 3 years = 120,000 €, below the 200,000 € of costs.
    [3, 120000],
    // 40,000 € × 1 year.
    [1, 40000],
  ])('%i years pay %i €', (years, upper) => {
    const problem = problemOf(
      [house],
      { personnel: { implementation: 200000 } },
      { projectYears: years },
    )
    expect(problem.items[0]!.upper).toBe(upper)
  })
  it('brings no euro while the count is not answered (never guessed)', () => {
    expect(termsFor(house, 'municipality', {}).quantityMissing).toBe(true)
    expect(termsFor(house, 'municipality', {}).missing).toEqual(['projectYears'])
    expect(problemOf([house], { personnel: { implementation: 200000 } }).items).toHaveLength(0)
  })
  it('reuses the terms only while the answers they read are the same', () => {
    // 40,000 € × 2 years = 80,000 €; × 5 years = 200,000 €; other answers change nothing.
    const two = termsFor(house, 'municipality', { projectYears: 2 })
    expect(two.maxAmount).toBe(80000)
    expect(termsFor(house, 'municipality', { projectYears: 5 }).maxAmount).toBe(200000)
    expect(termsFor(house, 'municipality', { projectYears: 2, municipalityType: 'city' })).toBe(two)
    // Shared between calls, so no caller may change them: the objects are frozen, the lists
    // are readonly to the type checker (frozen arrays are slow to walk, see freezeTerms).
    expect(() => Object.assign(two, { maxAmount: 1 })).toThrow(TypeError)
    expect(() => Object.assign(two.parts[0]!, { ratePercent: 1 })).toThrow(TypeError)
  })
  it('caps per founder: 4 × 2,613 € = 10,452 € is capped at 10,000 €; 3 × 2,613 € = 7,839 €', () => {
    const flat = program('flat', {
      ratePercent: null,
      perUnit: [{ amount: 2613, per: [{ unit: 'founder' }], max: 10000, label: text('je Person') }],
    })
    expect(termsFor(flat, 'municipality', { sharedFlatFounders: 4 }).maxAmount).toBe(10000)
    expect(termsFor(flat, 'municipality', { sharedFlatFounders: 3 }).maxAmount).toBe(7839)
  })
  it('adds a yearly lump sum on top of a vehicle grant, for at most two years', () => {
    const bus = program('bus', {
      ratePercent: null,
      parts: [
        { id: 'vehicle', label: text('Fahrzeug'), costTypes: ['investment'], maxAmount: 35000 },
        { id: 'lumpSum', label: text('Pauschale'), costTypes: ['material'] },
      ],
      perUnit: [
        {
          amount: 2000,
          per: [{ unit: 'year', max: 2 }],
          part: 'lumpSum',
          label: text('je Jahr'),
        },
      ],
    })
    const problem = problemOf(
      [bus],
      { investment: { implementation: 60000 }, material: { implementation: 10000 } },
      { projectYears: 5 },
    )
    // 35,000 € vehicle + 2,000 € × min(5, 2) years = 39,000 €.
    expect(problem.items[0]!.upper).toBe(39000)
  })
  it('pays per post and year: 150 % of a post × 2 years × 20,000 € = 60,000 €', () => {
    const officer = program('officer', {
      ratePercent: null,
      perUnit: [
        {
          amount: 20000,
          per: [{ unit: 'fullTimePost' }, { unit: 'year' }],
          label: text('je Stelle und Jahr'),
        },
      ],
    })
    const terms = termsFor(officer, 'municipality', {
      integrationOfficerPercent: 150,
      projectYears: 2,
    })
    expect(terms.maxAmount).toBe(60000)
  })
})

describe('conditional rates', () => {
  const climate = program('climate', {
    ratePercent: 75,
    variants: [
      {
        when: { '===': [{ var: 'financiallyWeak' }, true] },
        label: text('finanzschwach'),
        ratePercent: 90,
      },
    ],
  })
  it.each([
    [{ financiallyWeak: true }, 90],
    [{ financiallyWeak: false }, 75],
    // Unanswered: the base rate, never the better one.
    [{}, 75],
  ])('answers %j → %i %', (answers, rate) => {
    expect(termsFor(climate, 'municipality', answers).parts[0]!.ratePercent).toBe(rate)
  })
  it('selects the rate by applicant type', () => {
    const rural = program(
      'rural',
      {
        ratePercent: 40,
        byApplicant: [
          {
            applicants: ['registeredAssociation'],
            ratePercent: 30,
            minAmount: null,
            maxAmount: null,
          },
        ],
      },
      { applicants: ['municipality', 'registeredAssociation'] },
    )
    expect(termsFor(rural, 'municipality', {}).parts[0]!.ratePercent).toBe(40)
    expect(termsFor(rural, 'registeredAssociation', {}).parts[0]!.ratePercent).toBe(30)
  })
})

describe('own share by who may provide it', () => {
  const costs = { personnel: { implementation: 100000 }, material: { implementation: 100000 } }
  it.each([
    // Own money on the whole project: 40 % of 200,000 → funding at most 120,000.
    ['project, own money only', { ownShareBasis: 'project' as const }, 120000],
    // Own money on the programme's costs (personnel, 100,000): 40,000 → at most 160,000.
    ['programme costs, own money only', { ownShareBasis: 'programmeCosts' as const }, 160000],
    // Other public money may provide it: no cap beyond the total costs.
    [
      'other public money allowed',
      { ownShareFrom: ['applicant' as const, 'otherPublic' as const] },
      200000,
    ],
  ])('%s → plan funding cap %i', (_, own, cap) => {
    const renewal = program(
      'renewal',
      { ratePercent: 60, minOwnSharePercent: 40, ...own },
      {
        costTypes: ['personnel'],
      },
    )
    expect(problemOf([renewal], costs).items[0]!.totalCap).toBe(cap)
  })
})

describe('subsidiarity across the plan', () => {
  it('requires one of the eligible public programmes for the same costs beside a subsidiary one', () => {
    const foundation = program(
      'foundation',
      { ratePercent: 90 },
      {
        funder: { name: 'Stiftung', level: 'stiftung' },
        combination: { maxPublicRatePercent: null, subsidiary: true },
      },
    )
    const land = program('land', { ratePercent: 50 }, { costTypes: ['personnel'] })
    const other = program('other', { ratePercent: 50 }, { costTypes: ['investment'] })
    const problem = problemOf([foundation, land, other], { personnel: { implementation: 10000 } })
    const item = problem.items.find((i) => i.program.id === 'foundation')!
    // `other` funds investment only, which this project does not have.
    expect(item.requires).toEqual([['land']])
  })
})

describe('a share of unknown size is never counted', () => {
  // Anteilfinanzierung with one part at 70 % and one part whose rate is not published.
  const split = program('split', {
    form: 'shareFinancing',
    ratePercent: 70,
    parts: [
      { id: 'concept', label: text('Konzept'), costTypes: ['material'], maxAmount: 40000 },
      {
        id: 'build',
        label: text('Bau'),
        costTypes: ['investment'],
        ratePercent: null,
        maxAmount: 150000,
      },
    ],
  })
  const costs = { material: { implementation: 30000 }, investment: { implementation: 220000 } }

  it('keeps the unpublished-rate part out of the counted parts and names it as open', () => {
    const terms = termsFor(split, 'municipality', {})
    expect(terms.parts.map((p) => p.id)).toEqual(['concept'])
    expect(terms.openParts).toEqual([
      expect.objectContaining({ id: 'build', maxAmount: 150000, costTypes: ['investment'] }),
    ])
    expect(terms.rateUnpublished).toBe(false)
  })

  it('lets a plan count only the known part: 70 % of 30,000 € = 21,000 €, not 150,000 € more', () => {
    const [item] = problemOf([split], costs).items
    expect(item?.upper).toBe(21000)
  })

  it('brings nothing from a share-financing programme whose only rate is unpublished', () => {
    const leader = program('leader', {
      form: 'shareFinancing',
      ratePercent: null,
      maxAmount: 200000,
    })
    expect(termsFor(leader, 'municipality', {}).parts).toEqual([])
    expect(problemOf([leader], costs).items).toEqual([])
  })

  it.each([
    // [form, flagged]: a grant in a band without a rate says so; a fixed sum needs no rate.
    ['grant', true],
    ['fixedSum', false],
  ] as const)('flags a %s paid up to its maximum without a rate: %s', (form, flagged) => {
    const band = program('band', { form, ratePercent: null, maxAmount: 85000 })
    expect(termsFor(band, 'municipality', {}).rateUnpublished).toBe(flagged)
    // Still counted up to its maximum: the amount band is the rule.
    expect(problemOf([band], costs).items[0]?.upper).toBe(85000)
  })
})
