// Adds up test results from every runner's JSON report and prints the line CI reads.
// A failed non-test step (lint, typecheck, build) counts as one failure, so it cannot hide.
import { existsSync, readFileSync } from 'node:fs'

const failedSteps = Number(process.argv[2] ?? 0)
let passed = 0
let failed = failedSteps

const vitest = '.tmp/vitest.json'
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
} else {
  failed += 1
}

const e2e = '.tmp/e2e.json'
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, 'utf8'))
  passed += r.stats.expected
  failed += r.stats.unexpected
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
