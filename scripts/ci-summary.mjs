// Adds up test results from every runner's JSON report and prints the line CI reads.
// Usage: node scripts/ci-summary.mjs FAILED_STEPS [REPORT_OF_A_FAILED_TEST_STEP…]
// A failed non-test step (lint, typecheck, build) counts as one failure, so it cannot hide. A test
// step counts its report's tests; its own failure counts once more only when the report shows no
// failed test (the runner crashed, found no tests, or failed after them), and a missing report
// counts as one failure: a step that ran no checks has not passed.
import { existsSync, readFileSync } from 'node:fs'

const [failedSteps = '0', ...failedReports] = process.argv.slice(2)

/** Each runner's report and how to read [passed, failed] from it. */
const REPORTS = {
  '.tmp/vitest.json': (r) => [r.numPassedTests, r.numFailedTests],
  '.tmp/e2e.json': (r) => [r.stats.expected, r.stats.unexpected],
  '.tmp/dev-start.json': (r) => [r.passed, r.failed],
}

let passed = 0
let failed = Number(failedSteps)
for (const [file, count] of Object.entries(REPORTS)) {
  if (!existsSync(file)) {
    failed += 1
    continue
  }
  const [p, f] = count(JSON.parse(readFileSync(file, 'utf8')))
  passed += p
  failed += f > 0 ? f : failedReports.includes(file) ? 1 : 0
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
