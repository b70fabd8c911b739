// Prints the figures issue 12 asks for in its closing note, over every scenario in
// tests/scenarios: applications under the floor in top-3 plans, near-duplicates in a top 10,
// plans whose funding ends before the project (with one example), sequences, and how the
// certainty order changed the first plan. Usage: npx tsx scripts/timeline-report.ts
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { planTimeline, timelineContext } from '../src/domain/combinations/verstetigung'
import { MIN_APPLICATION } from '../src/domain/combinations/candidates'
import {
  effectiveAnswers,
  parseAnswers,
  questionMap,
  recommend,
  type FinancingPlan,
} from '../src/domain/index'
import { withHiddenCountsZero } from '../src/domain/recommend'
import { loadData, readJson, ROOT } from './lib/load-data'

const { catalogue, questionnaire } = loadData()
const questions = questionMap(questionnaire)
const programs = new Map(catalogue.programs.map((p) => [p.id, p]))
const dir = join(ROOT, 'tests', 'scenarios')

/**
 * The same applications but one, swapped for one with the same amount. Looser than the engine's
 * near-duplicate rule (same funder level, verdict and cost blocks), so it lists the pairs that
 * rule keeps apart, for a reader to judge.
 */
function nearDuplicates(a: FinancingPlan, b: FinancingPlan): boolean {
  if (a.applications.length !== b.applications.length) return false
  const onlyA = a.applications.filter((x) => !b.programs.includes(x.programId))
  const onlyB = b.applications.filter((x) => !a.programs.includes(x.programId))
  return onlyA.length === 1 && onlyB.length === 1 && onlyA[0]!.amount === onlyB[0]!.amount
}

const counts = {
  scenarios: 0,
  withPlan: 0,
  underFloorTop3: 0,
  sameAmountSwapsTop10: 0,
  topEndsEarly: 0,
  plansEndsEarly: 0,
  topSequence: 0,
  topReordered: 0,
}
const examples: string[] = []
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const scenario = readJson(join(dir, file)) as { today: string; answers: unknown }
  const answers = parseAnswers(scenario.answers, questions)
  const result = recommend(catalogue, questionnaire, answers, { today: scenario.today })
  const plans = result.combinations.plans
  counts.scenarios++
  if (plans.length === 0) continue
  counts.withPlan++
  for (const plan of plans.slice(0, 3))
    for (const a of plan.applications) {
      const own = programs.get(a.programId)?.money.minAmount ?? 0
      if (a.amount < Math.max(MIN_APPLICATION, own)) counts.underFloorTop3++
    }
  const top10 = plans.slice(0, 10)
  top10.forEach((a, i) =>
    top10.slice(i + 1).forEach((b) => {
      if (!nearDuplicates(a, b)) return
      counts.sameAmountSwapsTop10++
      examples.push(
        `${file}: same-amount swap ${a.programs.join(' + ')} / ${b.programs.join(' + ')}`,
      )
    }),
  )
  // The first plan by euros alone, against the first in the certainty order.
  const byEuros = [...plans].sort((a, b) => b.totalFunding - a.totalFunding)[0]!
  if (byEuros.programs.join('+') !== plans[0]!.programs.join('+')) {
    counts.topReordered++
    examples.push(
      `${file}: first by certainty ${plans[0]!.programs.join(' + ')} (${plans[0]!.totalFunding} €) before ${byEuros.programs.join(' + ')} (${byEuros.totalFunding} €)`,
    )
  }
  const effective = withHiddenCountsZero(questionnaire, effectiveAnswers(questionnaire, answers))
  const ctx = timelineContext(catalogue, questionnaire, effective, result)
  plans.forEach((plan, i) => {
    const t = planTimeline(plan, ctx)
    if (t.gap?.endsEarly) counts.plansEndsEarly++
    if (i > 0) return
    if (t.gap?.endsEarly) {
      counts.topEndsEarly++
      examples.push(
        `${file}: ${plan.programs.join(' + ')} funds ${t.years
          .map((y) => `year ${y.year} ${y.funders.reduce((s, f) => s + f.amount, 0)} €`)
          .join(
            ', ',
          )}; gap: years ${t.gap.years.join(', ')}, ${t.gap.unfundedConsolidation} € of consolidation`,
      )
    }
    if (t.sequence) {
      counts.topSequence++
      examples.push(
        `${file}: sequence ${[...t.applications]
          .sort((a, b) => a.starts.localeCompare(b.starts))
          .map((a) => `${a.programId} years ${a.years.join('–')} from ${a.starts}`)
          .join(' → ')}`,
      )
    }
  })
}
console.log(JSON.stringify(counts, null, 2))
for (const e of examples) console.log(`- ${e}`)
