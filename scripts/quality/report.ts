// `npm run report`: builds, then prints one table of every quality figure with its budget.
// Exits 1 when a budget is exceeded. The budgets are the issues' targets, on any machine: CI's gates
// allow for a slower one (budgets.ts), this report does not.
import { execSync } from 'node:child_process'
import { BUDGETS } from './budgets'
import { kb, measureBundle } from './bundle-size'
import { CATEGORIES, runLighthouse, type Category, type LighthouseFigures } from './lighthouse'
import { startPreview } from './preview-server'
import { measureTimings, timingFailures, TIMING_FIGURES } from './timings'

interface Row {
  figure: string
  value: string
  budget: string
  ok?: boolean
}

const LIGHTHOUSE_RUNS = 3

execSync('npm run --silent build', { stdio: ['ignore', 'ignore', 'inherit'] })
const rows: Row[] = []
const sizes = measureBundle('dist')
const js = kb(sizes.initialJs.gzipBytes)
const css = kb(sizes.initialCss.gzipBytes)
rows.push({
  figure: 'initial JavaScript, gzip',
  value: `${js} kB`,
  budget: `≤ ${BUDGETS.initialJsKb} kB`,
  ok: js <= BUDGETS.initialJsKb,
})
rows.push({
  figure: 'initial CSS, gzip',
  value: `${css} kB`,
  budget: `≤ ${BUDGETS.cssKb} kB`,
  ok: css <= BUDGETS.cssKb,
})
const within = (value: number, budget: number, unit: string) => ({
  value: `${value} ${unit}`,
  budget: `≤ ${budget} ${unit}`,
  ok: value <= budget,
})
rows.push({
  figure:
    'JavaScript + data before the first usable screen (entry, texts, screens, catalogue), gzip',
  ...within(kb(sizes.startJs.gzipBytes), BUDGETS.startKb, 'kB'),
})
rows.push({
  figure: 'catalogue before the first usable screen, gzip',
  ...within(kb(sizes.startData.gzipBytes), BUDGETS.catalogueKb, 'kB'),
})
for (const chunk of sizes.lazy)
  rows.push({
    figure: `lazy chunk ${chunk.file.replace(/^assets\//, '')}, gzip`,
    value: `${kb(chunk.gzipBytes)} kB`,
    budget: '–',
  })

const server = await startPreview()
try {
  // Issue 14 asks for the median of three runs: one build's scores spread by several points here.
  const runs: LighthouseFigures[] = []
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await runLighthouse(server.url))
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const lh = {
    scores: (c: Category) => mid(runs.map((r) => r.scores[c])),
    metrics: (m: keyof LighthouseFigures['metrics']) => mid(runs.map((r) => r.metrics[m])),
  }
  for (const c of CATEGORIES)
    rows.push({
      figure: `Lighthouse mobile ${c} (median of ${LIGHTHOUSE_RUNS})`,
      value: `${lh.scores(c)} (${runs.map((r) => r.scores[c]).join(', ')})`,
      budget: `≥ ${BUDGETS.lighthouse[c]}`,
      ok: lh.scores(c) >= BUDGETS.lighthouse[c],
    })
  const ms = (n: number) => `${(n / 1000).toFixed(2)} s`
  rows.push({
    figure: `Lighthouse FCP / LCP (simulated mobile, medians of ${LIGHTHOUSE_RUNS})`,
    value: `${ms(lh.metrics('fcp'))} / ${ms(lh.metrics('lcp'))}`,
    budget: '–',
  })
  rows.push({
    figure: `Lighthouse TBT / CLS (medians of ${LIGHTHOUSE_RUNS})`,
    value: `${Math.round(lh.metrics('tbt'))} ms / ${lh.metrics('cls')}`,
    budget: '–',
  })
  const t = await measureTimings(server.url)
  const failed = new Set(timingFailures(t))
  for (const { key, figure } of TIMING_FIGURES) {
    const v = t.ms[key]
    rows.push({
      figure: `${figure}, 4× CPU (median / p95 of ${t.runs})`,
      value: v === null ? 'not reached' : `${v} / ${t.p95[key]} ms`,
      budget: `≤ ${BUDGETS.timingsMs[key]} ms`,
      ok: !failed.has(key),
    })
  }
  rows.push({
    figure: `baseline: a trivial page visible in the same runs, 4× CPU (median / p95 of ${t.runs})`,
    value: t.baseline ? `${t.baseline.median} / ${t.baseline.p95} ms` : 'not reached',
    budget: '–',
  })
} finally {
  await server.close()
}

const table = rows.map((r) => [
  r.figure,
  r.value,
  r.budget,
  r.ok === undefined ? 'measured' : r.ok ? 'ok' : 'OVER BUDGET',
])
const head = ['figure', 'value', 'budget', 'result']
const widths = head.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]!.length)))
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
console.log(line(head))
console.log(line(widths.map((w) => '-'.repeat(w))))
for (const cells of table) console.log(line(cells))
const over = rows.filter((r) => r.ok === false)
if (over.length > 0) {
  console.error(`over budget: ${over.map((r) => r.figure).join('; ')}`)
  process.exitCode = 1
}
