// CI gate (after `npm run build`): a share link's results and the start button within their
// gates, in Chromium with 4× CPU throttling, each the median of 5 visits. A gate is the budget
// scaled to the machine's speed in the same runs (timings.ts, gateMs). The figures depend on
// what else the machine runs, so a gate that fails measures once more (as the Lighthouse gate
// does) and fails only when the second median is over its gate too.
import { BUDGETS } from './budgets'
import { startPreview } from './preview-server'
import { gateMs, measureTimings, timingFailures, type TimingKey, type Timings } from './timings'

const GATED: TimingKey[] = ['linkToResults', 'startButtonWorks']

const print = (t: Timings, run: number) => {
  for (const key of GATED)
    console.log(
      `${key}: ${t.ms[key] ?? 'not reached'} ms, p95 ${t.p95[key] ?? '–'} ms (gate ${gateMs(key, t.baseline)} ms, budget ${BUDGETS.timingsMs[key]} ms, median of ${t.runs}, measurement ${run})`,
    )
  // The machine's floor in the same runs (baseline-page.ts): how busy the machine was.
  console.log(
    `baseline, a trivial page visible: ${t.baseline ? `${t.baseline.median} ms, p95 ${t.baseline.p95} ms` : 'not reached'}`,
  )
}

const server = await startPreview()
try {
  let timings = await measureTimings(server.url, process.cwd(), GATED)
  print(timings, 1)
  const over = (t: Timings) => timingFailures(t, GATED, (key) => gateMs(key, t.baseline))
  if (over(timings).length > 0) {
    console.log('over a gate; measuring once more')
    timings = await measureTimings(server.url, process.cwd(), GATED)
    print(timings, 2)
  }
  const failed = over(timings)
  if (failed.length > 0) {
    console.error(`start-up timings over their gates: ${failed.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  await server.close()
}
