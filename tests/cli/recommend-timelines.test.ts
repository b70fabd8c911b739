import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'
import type { FinancingPlan } from '../../src/domain/index'
import type { PlanTimeline } from '../../src/domain/combinations/verstetigung'

it('prints each plan over time with its Verstetigung gap', { timeout: 30_000 }, () => {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/recommend.ts',
      '--answers',
      'tests/scenarios/stadtteil-sozialer-zusammenhalt.json',
      '--today',
      '2026-11-29',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  )
  expect(r.status).toBe(0)
  const out = JSON.parse(r.stdout) as {
    combinations: { plans: FinancingPlan[] }
    timelines: PlanTimeline[]
  }
  expect(out.timelines).toHaveLength(out.combinations.plans.length)
  out.combinations.plans.forEach((plan, i) => {
    const timeline = out.timelines[i]!
    // A 3-year project: one row per year, and each application's years add up to its amount.
    expect(timeline.years.map((y) => y.year)).toEqual([1, 2, 3])
    for (const a of timeline.applications.filter((x) => x.years.length > 0))
      expect(a.perYear.reduce((s, v) => s + v, 0)).toBe(a.amount)
    // The scenario has 45,000 € consolidation costs; the gap is what the plan leaves of them.
    const funded = plan.allocations
      .filter((a) => a.phase === 'consolidation')
      .reduce((s, a) => s + a.amount, 0)
    expect(timeline.gap?.unfundedConsolidation ?? 0).toBe(45000 - funded)
    if (timeline.gap) expect(timeline.gap.routes.at(-1)?.kind).toBe('municipalBudget')
  })
})
