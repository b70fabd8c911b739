import { describe, expect, it } from 'vitest'
import { combine } from '../../src/domain/combinations/combine'
import { upperBound } from '../../src/domain/recommend'
import type { CostMatrix } from '../../src/domain/index'
import { candidate, input, money } from '../fixtures/plan-input'

// A programme like KfW 432: part A pays a concept, part B a Sanierungsmanagement, whose
// material is eligible only beside the management itself (staff or a contracted manager).
const management = candidate({
  id: 'management',
  applicants: ['municipality'],
  phases: ['concept', 'implementation'],
  costTypes: ['advice', 'material', 'personnel'],
  money: {
    ...money({ form: 'shareFinancing', ratePercent: 75, maxAmount: null }),
    parts: [
      {
        id: 'concept',
        label: { de: 'A', en: 'A' },
        costTypes: ['advice'],
        phases: ['concept'],
        maxAmount: 200000,
      },
      {
        id: 'management',
        label: { de: 'B', en: 'B' },
        costTypes: ['personnel', 'advice', 'material'],
        phases: ['implementation'],
        maxAmount: 400000,
        requiresCostTypes: ['personnel', 'advice'],
      },
    ],
  },
})

const fundingFor = (costs: CostMatrix) =>
  combine(input([management], { costs, phases: ['concept', 'implementation'] })).plans[0]
    ?.totalFunding ?? 0

describe('a part that requires costs of certain types', () => {
  it('pays no material without the management it belongs to', () => {
    // Concept 75 % × 4,000 = 3,000; the 6,000 € of material alone bring nothing.
    const costs = { advice: { concept: 4000 }, material: { implementation: 6000 } }
    expect(fundingFor(costs)).toBe(3000)
    expect(
      upperBound(management.program, { organisations: ['municipality'], costs, answers: {} }),
    ).toBe(3000)
  })

  it('pays the material beside a manager’s staff costs', () => {
    // 75 % × (20,000 personnel + 6,000 material) = 19,500, plus the concept's 3,000.
    const costs = {
      advice: { concept: 4000 },
      personnel: { implementation: 20000 },
      material: { implementation: 6000 },
    }
    expect(fundingFor(costs)).toBe(22500)
  })

  it('a contracted manager (advice in the implementation) counts as the management', () => {
    const costs = { advice: { implementation: 10000 }, material: { implementation: 6000 } }
    expect(fundingFor(costs)).toBe(12000)
  })
})
