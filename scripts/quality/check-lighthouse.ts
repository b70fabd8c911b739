// CI gate: Lighthouse mobile on the built app (`npm run build` first); fails below the gate's
// scores (budgets.ts, lighthouseGate: the report's budgets allow no slower machine).
// Lighthouse's simulated mobile CPU scales the task times it observes, so one machine's runs of
// the same build spread over several performance points (91-97 measured on 2 cores). As Lighthouse
// CI does by default (optimistic aggregation), the gate takes the best of up to three runs: it
// fails only when all three fall below a budget.
import { BUDGETS } from './budgets'
import { CATEGORIES, lighthouseFailures, runLighthouse, type LighthouseFigures } from './lighthouse'
import { startPreview } from './preview-server'

const RUNS = 3

const print = (f: LighthouseFigures, run: number) => {
  for (const c of CATEGORIES)
    console.log(
      `Lighthouse ${c}: ${f.scores[c]} (gate ${BUDGETS.lighthouseGate[c]}, report's budget ${BUDGETS.lighthouse[c]}, run ${run})`,
    )
}

const server = await startPreview()
try {
  let figures = await runLighthouse(server.url)
  print(figures, 1)
  for (
    let run = 2;
    run <= RUNS && lighthouseFailures(figures, BUDGETS.lighthouseGate).length > 0;
    run++
  ) {
    console.log(`below budget; Lighthouse run ${run} of at most ${RUNS}`)
    figures = await runLighthouse(server.url)
    print(figures, run)
  }
  const failed = lighthouseFailures(figures, BUDGETS.lighthouseGate)
  if (failed.length > 0) {
    console.error(`Lighthouse below budget: ${failed.join(', ')}`)
    console.error(`audits not passed: ${figures.failing.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  await server.close()
}
