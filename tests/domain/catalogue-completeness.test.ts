import { describe, expect, it } from 'vitest'
import { catalogueCompleteness, programSchema } from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'

const parse = (overrides: Parameters<typeof makeProgram>[0]) =>
  programSchema.parse(makeProgram(overrides))

const money = (m: Record<string, unknown>) => ({
  form: 'grant' as const,
  ratePercent: null,
  minAmount: null,
  maxAmount: null,
  perUnit: [],
  minOwnSharePercent: null,
  ...m,
})

describe('catalogueCompleteness', () => {
  const full = parse({
    id: 'full',
    status: 'call',
    money: money({ ratePercent: 60, minAmount: 5000, maxAmount: 100000, minOwnSharePercent: 40 }),
    durationMonths: 60,
    windows: {
      dates: [{ closes: '2026-11-30' }],
      recurrence: { kind: 'yearly', deadlines: ['11-30'] },
    },
    prerequisites: [{ id: 'a', text: { de: 'A', en: 'A' } }],
    combination: { maxPublicRatePercent: 90, observedWith: ['sparse'] },
  })
  const sparse = parse({
    id: 'sparse',
    status: 'rolling',
    funder: { name: 'Stiftung', level: 'stiftung' },
    money: money({}),
    windows: { dates: [], recurrence: null },
  })
  const offer = parse({
    id: 'offer',
    status: 'nonMonetary',
    money: money({ form: 'none' }),
    windows: { dates: [], recurrence: null },
  })
  const report = catalogueCompleteness([full, sparse, offer])
  const row = (id: string) => report.rows.find((r) => r.id === id)!

  it('marks known fields with their value and unknown ones as unknown', () => {
    expect(row('full').cells.rate).toEqual({ applicable: true, known: true, value: '60 %' })
    expect(row('full').cells.windows.value).toBe('1+yearly')
    expect(row('full').cells.combination).toMatchObject({ known: true, value: '2' })
    expect(row('sparse').cells.rate).toEqual({ applicable: true, known: false, value: '' })
    expect(row('sparse').cells.windows.known).toBe(false)
    expect(row('sparse').cells.combination.known).toBe(false)
  })

  it('treats money and windows of a non-monetary offer as not applicable', () => {
    expect(row('offer').cells.max).toEqual({ applicable: false, known: false, value: '' })
    expect(row('offer').cells.windows.applicable).toBe(false)
    expect(row('offer').cells.criteria.known).toBe(true)
  })

  it('counts a per-unit amount as a known rate and an amount band as a known maximum', () => {
    const perUnit = parse({
      id: 'per-unit',
      money: money({
        perUnit: [
          {
            amount: 20000,
            per: [{ unit: 'dayCarePlace' }],
            label: { de: 'je Platz', en: 'per place' },
          },
        ],
        byApplicant: [{ applicants: ['district'], minAmount: null, maxAmount: 115000 }],
      }),
    })
    const cells = catalogueCompleteness([perUnit]).rows[0]!.cells
    expect(cells.rate).toMatchObject({ known: true, value: '1× per unit' })
    expect(cells.max.known).toBe(true)
    expect(cells.min.known).toBe(false)
  })

  it('totals known fields over the programmes where they apply', () => {
    expect(report.totals.rate).toEqual({ known: 1, applicable: 2 })
    expect(report.totals.criteria).toEqual({ known: 3, applicable: 3 })
    expect(report.totals.duration).toEqual({ known: 1, applicable: 3 })
  })

  it('counts programmes by status and level', () => {
    expect(report.count).toBe(3)
    expect(report.byStatus).toEqual({ rolling: 1, call: 1, closed: 0, nonMonetary: 1 })
    expect(report.byLevel.land).toBe(2)
    expect(report.byLevel.stiftung).toBe(1)
  })
})
