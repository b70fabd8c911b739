// Prints the figures issue 12 asks for in its closing note, over every scenario in
// tests/scenarios: applications under the floor in top-3 plans, near-duplicates in a top 10,
// plans whose funding ends before the project (with one example), sequences, and how the
// certainty order changed the first plan. Usage: npx tsx scripts/timeline-report.ts
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { planTimeline, timelineContext } from '../src/domain/combinations/verstetigung'
import { MIN_APPLICATION } from '../src/domain/combinations/candidates'
import { blocksOf, swapOf, warningKinds } from '../src/domain/combinations/combine'
import {
  effectiveAnswers,
  parseAnswers,
  questionMap,
  recommend,
  type FinancingPlan,
  type PlanApplication,
} from '../src/domain/index'
import { withHiddenCountsZero } from '../src/domain/recommend'
import { loadData, readJson, ROOT } from './lib/load-data'

const { catalogue, questionnaire } = loadData()
const questions = questionMap(questionnaire)
const programs = new Map(catalogue.programs.map((p) => [p.id, p]))
const dir = join(ROOT, 'tests', 'scenarios')

/**
 * The same applications but one, swapped for one with the same amount. Looser than the engine's
 * near-duplicate rule (both public or both private money, the same verdict, cost blocks and
 * kinds of warning, the rest the same), so it lists the pairs that rule keeps apart, each with the reason, for a reader
 * to judge.
 */
function sameAmountSwap(
  a: FinancingPlan,
  b: FinancingPlan,
): [PlanApplication, PlanApplication] | null {
  if (a.applications.length !== b.applications.length) return null
  const onlyA = a.applications.filter((x) => !b.programs.includes(x.programId))
  const onlyB = b.applications.filter((x) => !a.programs.includes(x.programId))
  if (onlyA.length !== 1 || onlyB.length !== 1 || onlyA[0]!.amount !== onlyB[0]!.amount) return null
  return [onlyA[0]!, onlyB[0]!]
}

/** Why the engine keeps two same-amount swaps apart, in words. */
function whyApart(a: FinancingPlan, b: FinancingPlan, [x, y]: [PlanApplication, PlanApplication]) {
  // The engine's own keys, so the report names the difference the engine saw.
  const blocks = blocksOf
  const kinds = warningKinds
  const reasons = [
    x.isPublic !== y.isPublic &&
      `${x.isPublic ? x.programId : y.programId} is public money, ${x.isPublic ? y.programId : x.programId} private (public funding ${a.publicFunding} / ${b.publicFunding} €)`,
    x.verdict !== y.verdict && `verdicts ${x.verdict} / ${y.verdict}`,
    kinds(a) !== kinds(b) && `warnings ${kinds(a) || 'none'} / ${kinds(b) || 'none'}`,
    blocks(a, x.programId) !== blocks(b, y.programId) &&
      `cost blocks ${blocks(a, x.programId)} / ${blocks(b, y.programId)}`,
    a.applications.some((app) => {
      const other = b.applications.find((o) => o.programId === app.programId)
      return (
        app !== x &&
        (!other ||
          other.applicant !== app.applicant ||
          other.amount !== app.amount ||
          blocks(a, app.programId) !== blocks(b, app.programId))
      )
    }) && 'the shared programmes differ in applicant, amount or cost blocks',
  ].filter(Boolean)
  return reasons.length > 0 ? reasons.join('; ') : 'no reason found'
}

const counts = {
  scenarios: 0,
  withPlan: 0,
  underFloorTop3: 0,
  duplicatesTop10: 0,
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
  // Duplicates: the same programmes twice, or near-duplicates the engine should have folded.
  top10.forEach((a, i) =>
    top10.slice(i + 1).forEach((b) => {
      if (a.key === b.key || swapOf(a, b) || swapOf(b, a)) {
        counts.duplicatesTop10++
        examples.push(`${file}: duplicate ${a.programs.join(' + ')} / ${b.programs.join(' + ')}`)
        return
      }
      const swap = sameAmountSwap(a, b)
      if (!swap) return
      counts.sameAmountSwapsTop10++
      examples.push(
        `${file}: same-amount swap kept apart, places ${plans.indexOf(a) + 1} and ${plans.indexOf(b) + 1}, ${a.programs.join(' + ')} / ${b.programs.join(' + ')}: ${whyApart(a, b, swap)}`,
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
