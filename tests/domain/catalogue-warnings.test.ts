import { describe, expect, it } from 'vitest'
import { combine } from '../../src/domain/index'
import {
  catalogueWarnings,
  isStale,
  monthsBefore,
  programSchema,
} from '../../src/domain/validation'
import { makeProgram } from '../fixtures/make-program'

const parse = (overrides: Parameters<typeof makeProgram>[0]) =>
  programSchema.parse(makeProgram(overrides))
const pastWindow = { dates: [{ closes: '2024-05-15' }], recurrence: null }

describe('catalogueWarnings', () => {
  it('flags data checked more than twelve months before today, not earlier', () => {
    const p = parse({ id: 'p', lastChecked: '2025-11-30' })
    expect(catalogueWarnings([p], '2026-11-30')).toEqual([])
    expect(catalogueWarnings([p], '2026-12-01')).toEqual([
      { id: 'p', path: 'lastChecked', message: expect.stringMatching(/2025-11-30.*12 months/) },
    ])
  })

  it('flags a running programme whose windows all lie in the past and that has no recurrence', () => {
    const open = parse({ id: 'open', status: 'call', windows: pastWindow })
    const yearly = parse({
      id: 'yearly',
      status: 'call',
      windows: { ...pastWindow, recurrence: { kind: 'yearly', deadlines: ['05-15'] } },
    })
    const closed = parse({ id: 'closed', status: 'closed', windows: pastWindow })
    const ahead = parse({
      id: 'ahead',
      status: 'call',
      windows: { dates: [{ closes: '2027-01-31' }], recurrence: null },
    })
    const found = catalogueWarnings([open, yearly, closed, ahead], '2026-01-01')
    expect(found.map((w) => `${w.id} ${w.path}`)).toEqual(['open windows'])
  })

  it('flags plain-http sources', () => {
    const p = parse({
      id: 'p',
      sources: [{ url: 'http://example.org/x', title: 't', asOf: '2025-01-01' }],
    })
    expect(catalogueWarnings([p], '2025-12-01')).toEqual([
      { id: 'p', path: 'sources[0].url', message: '"http://example.org/x" is not https' },
    ])
  })

  it.each([
    ['2026-11-25', 12, '2025-11-25'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2026-01-15', 13, '2024-12-15'],
  ])('monthsBefore(%s, %i) is %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected)
  })

  // Calendar months, clamped: on 2024-02-29 the year before ends on 2023-02-28.
  it('calls data stale by one rule in the catalogue check and in the plan, also on 29 February', () => {
    const today = '2024-02-29'
    expect(isStale('2023-02-28', today)).toBe(false)
    expect(isStale('2023-02-27', today)).toBe(true)
    const staleInPlan = (lastChecked: string) => {
      const program = parse({ id: 'p', phases: ['implementation'], lastChecked })
      const [plan] = combine({
        candidates: [{ program, verdict: 'eligible', openQuestions: [] }],
        organisations: ['municipality'],
        costs: { personnel: { implementation: 20000 } },
        ownFunds: 100000,
        plannedStart: null,
        phases: ['implementation'],
        today,
      }).plans
      return plan!.warnings.some((w) => w.kind === 'staleData')
    }
    for (const lastChecked of ['2023-02-28', '2023-02-27']) {
      const p = parse({ id: 'p', lastChecked })
      const staleInCheck = catalogueWarnings([p], today).some((w) => w.path === 'lastChecked')
      expect(staleInPlan(lastChecked)).toBe(staleInCheck)
      expect(staleInCheck).toBe(isStale(lastChecked, today))
    }
  })
})
