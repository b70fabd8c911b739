// CI gate: Lighthouse mobile on the built app (`npm run build` first); fails below a budget.
import { BUDGETS } from './budgets'
import { CATEGORIES, lighthouseFailures, runLighthouse } from './lighthouse'
import { startPreview } from './preview-server'

const server = await startPreview()
try {
  const figures = await runLighthouse(server.url)
  for (const c of CATEGORIES)
    console.log(`Lighthouse ${c}: ${figures.scores[c]} (budget ${BUDGETS.lighthouse[c]})`)
  const failed = lighthouseFailures(figures)
  if (failed.length > 0) {
    console.error(`Lighthouse below budget: ${failed.join(', ')}`)
    console.error(`audits not passed: ${figures.failing.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  await server.close()
}
