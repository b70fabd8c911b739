import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'

const SUMMARY = join(ROOT, 'scripts', 'ci-summary.mjs')
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

type Reports = Partial<Record<'vitest' | 'e2e' | 'dev-start', [passed: number, failed: number]>>

/** Runs the summary in a checkout whose .tmp/ holds the given reports, as .ci/run calls it. */
function summary(reports: Reports, failedSteps: number, failedReports: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'fbk-ci-'))
  dirs.push(dir)
  mkdirSync(join(dir, '.tmp'))
  const write = (name: string, value: unknown) =>
    writeFileSync(join(dir, '.tmp', `${name}.json`), JSON.stringify(value))
  if (reports.vitest)
    write('vitest', { numPassedTests: reports.vitest[0], numFailedTests: reports.vitest[1] })
  if (reports.e2e) write('e2e', { stats: { expected: reports.e2e[0], unexpected: reports.e2e[1] } })
  if (reports['dev-start'])
    write('dev-start', { passed: reports['dev-start'][0], failed: reports['dev-start'][1] })
  const r = spawnSync(process.execPath, [SUMMARY, String(failedSteps), ...failedReports], {
    cwd: dir,
    encoding: 'utf8',
  })
  return { line: r.stdout.trim(), code: r.status }
}

const allGreen: Reports = { vitest: [500, 0], e2e: [20, 0], 'dev-start': [2, 0] }

describe('the CI summary line', () => {
  it('adds up the passed tests of every runner, the dev start check among them', () => {
    expect(summary(allGreen, 0)).toEqual({ line: '522 passed, 0 failed', code: 0 })
  })

  it('counts each failed check of the dev start once, not once more for its step', () => {
    const reports = { ...allGreen, 'dev-start': [0, 2] } satisfies Reports
    expect(summary(reports, 0, ['.tmp/dev-start.json'])).toEqual({
      line: '520 passed, 2 failed',
      code: 1,
    })
  })

  it('counts a failed test step whose report shows no failed test (a crash) as one failure', () => {
    expect(summary(allGreen, 0, ['.tmp/dev-start.json'])).toEqual({
      line: '522 passed, 1 failed',
      code: 1,
    })
  })

  it('counts a missing report as one failure: a step that ran no checks has not passed', () => {
    expect(summary({ vitest: [500, 0], e2e: [20, 0] }, 0)).toEqual({
      line: '520 passed, 1 failed',
      code: 1,
    })
  })

  it('counts each failed step without a report (lint, build) as one failure', () => {
    expect(summary(allGreen, 2)).toEqual({ line: '522 passed, 2 failed', code: 1 })
  })
})
