// CI gate: fails when the first visit's JavaScript or CSS exceeds its gzip budget.
// Usage (after `npm run build`): tsx scripts/quality/check-bundle.ts [dist]
import { BUDGETS } from './budgets'
import { kb, measureBundle } from './bundle-size'

const sizes = measureBundle(process.argv[2] ?? 'dist')
const checks = [
  {
    name: 'initial JavaScript (gzip)',
    kb: kb(sizes.initialJs.gzipBytes),
    limit: BUDGETS.initialJsKb,
  },
  { name: 'initial CSS (gzip)', kb: kb(sizes.initialCss.gzipBytes), limit: BUDGETS.cssKb },
  {
    name: 'JavaScript + data before the first usable screen (gzip)',
    kb: kb(sizes.startJs.gzipBytes),
    limit: BUDGETS.startKb,
  },
  {
    name: 'catalogue before the first usable screen (gzip)',
    kb: kb(sizes.startData.gzipBytes),
    limit: BUDGETS.catalogueKb,
  },
]
for (const c of checks) {
  const verdict = c.kb <= c.limit ? 'ok' : 'OVER BUDGET'
  console.log(`${c.name}: ${c.kb} kB of ${c.limit} kB ${verdict}`)
}
for (const chunk of sizes.lazy) console.log(`lazy chunk ${chunk.file}: ${kb(chunk.gzipBytes)} kB`)
const over = checks.filter((c) => c.kb > c.limit)
if (over.length > 0) {
  console.error(`bundle budget exceeded: ${over.map((c) => c.name).join(', ')}`)
  process.exit(1)
}
