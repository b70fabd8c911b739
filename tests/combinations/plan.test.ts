import { describe, expect, it } from 'vitest'
import { describeAction, describeWarning } from '../../src/domain/index'
import { type ProgramInput } from '../../src/domain/catalogue/schema'
import { combine } from '../../src/domain/combinations/combine'
import { candidate, input, money } from '../fixtures/plan-input'

/** A municipality's grant on personnel costs, 50 % up to 8,000 €, with the given windows. */
const municipalGrant = (
  id: string,
  windows: ProgramInput['windows'],
  rest: Partial<ProgramInput> = {},
) =>
  candidate({
    id,
    applicants: ['municipality'],
    phases: ['implementation'],
    costTypes: ['personnel'],
    money: money({ ratePercent: 50, maxAmount: 8000 }),
    windows,
    ...rest,
  })

const land = municipalGrant('land-grant', {
  dates: [],
  recurrence: { kind: 'yearly', deadlines: ['03-15'] },
})
const voucher = candidate({
  id: 'advice-voucher',
  applicants: ['registeredAssociation'],
  phases: ['concept'],
  costTypes: ['advice'],
  money: money({ form: 'voucher', ratePercent: null, maxAmount: 3000 }),
})

describe('financing plan', () => {
  it('funds each programme within its rate and maximum and orders the roadmap by phase', () => {
    const result = combine(input([land, voucher]))
    const best = result.plans[0]!
    expect(best.programs).toEqual(['advice-voucher', 'land-grant'])
    expect(best.totalFunding).toBe(11000)
    expect(best.ownShare).toBe(13000)
    expect(best.ownSharePercent).toBe(54.2)
    expect(best.steps.map((s) => [s.order, s.phase, s.programId])).toEqual([
      [1, 'concept', 'advice-voucher'],
      [2, 'implementation', 'land-grant'],
    ])
    expect(best.steps[1]).toMatchObject({ date: '2027-03-15', expected: true })
    expect(best.applications.find((a) => a.programId === 'advice-voucher')?.applicant).toBe(
      'registeredAssociation',
    )
    expect(result.pareto.map((p) => [p.size, p.funding])).toEqual([
      [1, 8000],
      [2, 11000],
    ])
  })

  it('warns about an unpublished rate, open criteria, old data and short own funds', () => {
    const stale = candidate(
      {
        id: 'old-programme',
        phases: ['implementation'],
        costTypes: ['personnel'],
        money: money({ ratePercent: null, maxAmount: 15000 }),
        lastChecked: '2025-10-01',
      },
      'open',
    )
    const plan = combine(input([stale], { ownFunds: 1000 })).plans[0]!
    const kinds = plan.warnings.map((w) => w.kind)
    expect(kinds).toEqual(
      expect.arrayContaining([
        'noEarlyStart',
        'rateUnknown',
        'openCriteria',
        'staleData',
        'ownFundsShort',
      ]),
    )
    expect(plan.dependsOn).toEqual(['population'])
    const short = plan.warnings.find((w) => w.kind === 'ownFundsShort')!
    expect(describeWarning(short, 'de')).toContain('9.000')
  })

  it('warns of an early start unless every programme in the plan allows one', () => {
    // § 45e SGB XI: the flat may be converted before the founders apply (verify-B-D.md C7).
    const claim = municipalGrant(
      'statutory-claim',
      { dates: [], recurrence: { kind: 'rolling' } },
      { startBeforeApproval: true },
    )
    const alone = combine(input([claim])).plans[0]!
    expect(alone.programs).toEqual(['statutory-claim'])
    expect(alone.warnings.map((w) => w.kind)).not.toContain('noEarlyStart')
    const mixed = combine(input([claim, land])).plans.find((p) => p.programs.length === 2)!
    expect(mixed.warnings.map((w) => w.kind)).toContain('noEarlyStart')
  })

  it('warns when the planned start lies before the next deadline, in English on request', () => {
    const plan = combine(input([land], { plannedStart: '2027-01-01' })).plans[0]!
    const warning = plan.warnings.find((w) => w.kind === 'startBeforeDeadline')!
    expect(warning.programId).toBe('land-grant')
    expect(describeWarning(warning, 'en')).toMatch(/planned start/)
    expect(describeAction(plan.steps[0]!.action, 'en')).toBe('Apply: Programme land-grant')
    const later = combine(input([land], { plannedStart: '2027-06-01' })).plans[0]!
    expect(later.warnings.some((w) => w.kind === 'startBeforeDeadline')).toBe(false)
  })

  it.each([
    // [award, warned]: a window open today (2021–2028 funding period) decides as applications
    // arrive unless it is a call decided after it closes.
    ['rolling', false],
    ['firstCome', false],
    ['competitive', true],
    [null, true],
  ] as const)(
    'with an open window to 2028 and award %s, warns of the start: %s',
    (award, warned) => {
      const period = candidate({
        id: 'period',
        applicants: ['municipality'],
        phases: ['implementation'],
        costTypes: ['personnel'],
        award,
        money: money({ ratePercent: 50, maxAmount: 8000 }),
        windows: { dates: [{ opens: '2021-01-01', closes: '2028-12-31' }], recurrence: null },
      })
      const plan = combine(input([period], { plannedStart: '2027-01-01' })).plans[0]!
      expect(plan.warnings.some((w) => w.kind === 'startBeforeDeadline')).toBe(warned)
    },
  )

  it.each([
    // [case, warned, windows]: a last window closing 31 Dec 2026, before a start on 1 June 2027
    [
      'the last known window, no rhythm',
      true,
      { dates: [{ opens: null, closes: '2026-12-31' }], recurrence: null },
    ],
    [
      'a later window on record',
      false,
      {
        dates: [
          { opens: null, closes: '2026-12-31' },
          { opens: null, closes: '2027-12-31' },
        ],
        recurrence: null,
      },
    ],
    [
      'a yearly rhythm',
      false,
      {
        dates: [{ opens: null, closes: '2026-12-31' }],
        recurrence: { kind: 'yearly', deadlines: ['12-31'] },
      },
    ],
    [
      'a window closing after the start',
      false,
      { dates: [{ opens: null, closes: '2027-07-31' }], recurrence: null },
    ],
  ] as const)(
    'with %s, warns that the call ends before the planned start: %s',
    (_, warned, windows) => {
      const plan = combine(input([municipalGrant('ending', windows as never)])).plans[0]!
      const warning = plan.warnings.find((w) => w.kind === 'lastWindowBeforeStart')
      expect(warning !== undefined).toBe(warned)
      if (warning)
        expect(describeWarning(warning, 'de')).toBe(
          'Programm ending: Das letzte bekannte Antragsfenster endet am 31.12.2026, vor dem ' +
            'geplanten Beginn (01.06.2027), und ein weiterer Aufruf ist nicht bekannt. Der Antrag ' +
            'und alles, was er voraussetzt, muss bis dahin vorliegen, sonst entfällt dieser Betrag.',
        )
    },
  )

  it('lets a subsidiary foundation fund only what public money leaves', () => {
    const lottery = candidate({
      id: 'lottery',
      funder: { name: 'Stiftung', level: 'stiftung' },
      applicants: ['registeredAssociation'],
      costTypes: ['personnel'],
      money: money({ ratePercent: 100, maxAmount: 15000 }),
      combination: { maxPublicRatePercent: null, subsidiary: true },
    })
    const plan = combine(input([land, lottery])).plans[0]!
    expect(plan.programs).toEqual(['land-grant', 'lottery'])
    const got = (id: string) => plan.applications.find((a) => a.programId === id)?.amount
    expect(got('land-grant')).toBe(8000)
    expect(got('lottery')).toBe(12000)
    expect(plan.warnings.some((w) => w.kind === 'subsidiary' && w.programId === 'lottery')).toBe(
      true,
    )
  })

  it('never combines excluded programmes and meets a required partner programme', () => {
    const rival = candidate({
      id: 'rival',
      applicants: ['municipality'],
      costTypes: ['personnel'],
      money: money({ ratePercent: 40, maxAmount: 8000 }),
      combination: {
        maxPublicRatePercent: null,
        excludes: [{ program: 'land-grant', basis: 'explicit' }],
      },
    })
    const needy = candidate({
      id: 'needs-voucher',
      applicants: ['municipality'],
      costTypes: ['personnel'],
      money: money({ ratePercent: 20, maxAmount: 4000 }),
      combination: {
        maxPublicRatePercent: null,
        requires: [
          {
            kind: 'program',
            anyOf: ['advice-voucher'],
            basis: 'explicit',
            note: { de: 'x', en: 'x' },
          },
        ],
      },
    })
    const result = combine(input([land, rival, voucher, needy]))
    for (const plan of result.plans) {
      expect(plan.programs.includes('land-grant') && plan.programs.includes('rival')).toBe(false)
      if (plan.programs.includes('needs-voucher')) expect(plan.programs).toContain('advice-voucher')
    }
    expect(result.plans.some((p) => p.programs.includes('needs-voucher'))).toBe(true)
  })

  it('caps public funding at the strictest maximum public rate in the combination', () => {
    const kfw = candidate({
      id: 'kfw',
      funder: { name: 'KfW', level: 'bund' },
      costTypes: ['personnel', 'advice'],
      phases: ['concept', 'implementation'],
      money: money({ ratePercent: 100, maxAmount: null }),
      combination: { maxPublicRatePercent: 50 },
    })
    const plan = combine(input([kfw])).plans[0]!
    expect(plan.publicFunding).toBe(12000)
  })
})

describe('a list shortened by folding near-duplicates', () => {
  // A Land grant of 50 % of 20,000 € staff costs, capped at 8,000 €, and n interchangeable
  // advice vouchers of 3,000 € on the same 3,000 € block (room for one): {grant + voucher i}
  // are n twins.
  const vouchers = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      candidate({
        id: `voucher-${i + 1}`,
        applicants: ['municipality'],
        phases: ['concept'],
        costTypes: ['advice'],
        money: money({ form: 'voucher', ratePercent: null, maxAmount: 3000 }),
      }),
    )
  const grant = candidate({
    id: 'grant',
    applicants: ['municipality'],
    phases: ['implementation'],
    costTypes: ['personnel'],
    money: money({ ratePercent: 50, maxAmount: 8000 }),
  })
  const sets = (n: number, k: number) =>
    combine(
      input([grant, ...vouchers(n)], {
        costs: { personnel: { implementation: 20000 }, advice: { concept: 3000 } },
      }),
      { k },
    ).plans.map((p) => p.programs.join('+'))

  it('is filled from a wider search when folding left fewer than half the plans asked for', () => {
    // k = 6: the top 6 are the five grant + voucher twins and the grant alone; folded, 2 < 3.
    // The wider search adds the vouchers alone (3,000 €), folded into one plan.
    expect(sets(5, 6)).toEqual(['grant+voucher-1', 'grant', 'voucher-1'])
  })

  it('stays as folded when at least half the plans asked for remain', () => {
    // k = 4: three twins and the grant alone fold to 2 plans, half of 4: no second search.
    expect(sets(3, 4)).toEqual(['grant+voucher-1', 'grant'])
  })
})
