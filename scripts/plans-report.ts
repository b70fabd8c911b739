// Prints the top financing plan of every scenario in tests/scenarios as a Markdown table: each
// programme's euros with the rule that set them (the plan's `basis`), and the counts a review
// asks for. Usage: npm run --silent plans-report [-- --today YYYY-MM-DD]
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { describeBasis, parseAnswers, questionMap, recommend } from '../src/domain/index'
import { loadData, readJson, ROOT } from './lib/load-data'

const { values } = parseArgs({ options: { today: { type: 'string' } }, strict: true })
const { catalogue, questionnaire } = loadData()
const questions = questionMap(questionnaire)
const dir = join(ROOT, 'tests', 'scenarios')
const euro = (n: number) => n.toLocaleString('de-DE')
let withPlan = 0
let dormantLead = 0
const lines = [
  '| scenario | top plan (funding / costs) | € per programme and the rule that sets it |',
  '|---|---|---|',
]
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const scenario = readJson(join(dir, file)) as { today: string; answers: unknown }
  const today = values.today ?? scenario.today
  const result = recommend(catalogue, questionnaire, parseAnswers(scenario.answers, questions), {
    today,
  })
  const plan = result.combinations.plans[0]
  const name = file.replace(/\.json$/, '')
  if (!plan) {
    lines.push(`| ${name} | – | no plan |`)
    continue
  }
  withPlan++
  const state = (id: string) => result.programs.find((p) => p.id === id)?.deadline.state
  if (state(plan.applications[0]!.programId) === 'dormant') dormantLead++
  const rows = plan.applications
    .map(
      (a) =>
        `${a.programId} ${euro(a.amount)} € (${a.basis.map((b) => describeBasis(b, 'de')).join('; ')})`,
    )
    .join('<br>')
  lines.push(
    `| ${name} | ${euro(plan.totalFunding)} / ${euro(plan.totalCosts)} € (${Math.round((plan.totalFunding / plan.totalCosts) * 100)} %) | ${rows} |`,
  )
}
process.stdout.write(`${lines.join('\n')}\n\n`)
process.stdout.write(
  `scenarios with a top plan: ${withPlan}; top plans led by a dormant programme: ${dormantLead}\n`,
)
