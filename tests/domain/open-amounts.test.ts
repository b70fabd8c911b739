// Which programmes a plan must name as "amount open": hand-made programmes and costs.
import { describe, expect, it } from 'vitest'
import type { ProgramInput } from '../../src/domain/catalogue/schema'
import { openAmounts } from '../../src/domain/money/open-amounts'
import { programSchema } from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'

const text = (de: string) => ({ de, en: de })
const program = (id: string, money: Partial<ProgramInput['money']>) =>
  programSchema.parse(
    makeProgram({
      id,
      costTypes: ['material', 'investment'],
      money: {
        form: 'shareFinancing',
        ratePercent: null,
        minAmount: null,
        maxAmount: null,
        minOwnSharePercent: null,
        ...money,
      },
    }),
  )

const leader = program('leader', {})
const climate = program('climate', {
  ratePercent: 70,
  parts: [
    { id: 'concept', label: text('Konzept'), costTypes: ['material'] },
    {
      id: 'build',
      label: text('Bau'),
      costTypes: ['investment'],
      ratePercent: null,
      maxAmount: 150000,
    },
  ],
})
const known = program('known', { ratePercent: 40 })
const project = (costs: Record<string, Record<string, number>>) => ({
  organisations: ['municipality'],
  costs,
  answers: {},
})

describe('open amounts', () => {
  it('names a programme without any published rate with all the costs it would meet', () => {
    // material 5,000 + investment 45,000 in the funded phase = 50,000 € of costs.
    const out = openAmounts(
      [leader],
      project({ material: { implementation: 5000 }, investment: { implementation: 45000 } }),
    )
    expect(out).toEqual([
      { programId: 'leader', parts: [expect.objectContaining({ costs: 50000 })] },
    ])
  })

  it('names only the open part of a programme whose other part has a rate', () => {
    const out = openAmounts(
      [climate],
      project({ material: { implementation: 30000 }, investment: { implementation: 220000 } }),
    )
    expect(out).toHaveLength(1)
    expect(out[0]?.parts.map((p) => [p.part.id, p.part.maxAmount, p.costs])).toEqual([
      ['build', 150000, 220000],
    ])
  })

  it('leaves out an open part the project has no costs for, and every programme with known rates', () => {
    expect(openAmounts([climate, known], project({ material: { implementation: 30000 } }))).toEqual(
      [],
    )
  })

  it('leaves out a programme none of the organisations may apply for', () => {
    const out = openAmounts([leader], {
      ...project({ investment: { implementation: 1000 } }),
      organisations: ['foundation'],
    })
    expect(out).toEqual([])
  })

  // Familienzentren and Integrationsmanagement publish neither a rate nor a maximum nor an amount
  // per unit (programmes.md): no euro of them can be planned, yet they fit and must be named.
  const unpriced = (form: 'grant' | 'fixedSum') =>
    program(`unpriced-${form.toLowerCase()}`, { form })

  it('names a grant or fixed sum whose rules fix no euro, with all the costs it would meet', () => {
    // material 8,000 + investment 2,000 in the funded phase = 10,000 € of costs.
    const costs = project({
      material: { implementation: 8000 },
      investment: { implementation: 2000 },
    })
    for (const form of ['grant', 'fixedSum'] as const)
      expect(openAmounts([unpriced(form)], costs)).toEqual([
        {
          programId: `unpriced-${form.toLowerCase()}`,
          parts: [{ part: expect.objectContaining({ maxAmount: null }), costs: 10000 }],
        },
      ])
  })

  it('leaves out a grant with a maximum but no rate, a loan, and money the project has no costs for', () => {
    const capped = program('capped', { form: 'grant', maxAmount: 40000 })
    const loan = program('loan', { form: 'loan' })
    const costs = project({ material: { implementation: 8000 } })
    expect(openAmounts([capped, loan], costs)).toEqual([])
    expect(
      openAmounts([unpriced('grant')], project({ personnel: { implementation: 9000 } })),
    ).toEqual([])
  })
})
