import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'

const scratch = mkdtempSync(join(tmpdir(), 'fbk-cli-'))

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recommend.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function answersFile(name: string, content: string): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

// Each test starts processes: slow when the shared machine is busy.
describe('npm run recommend', { timeout: 30_000 }, () => {
  it('prints tri-state verdicts with reasons for a scenario file', () => {
    const { code, stdout, stderr } = run(
      '--answers',
      'tests/scenarios/weinheim-luetzelsachsen.json',
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.catalogueAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(out.today).toBe(
      JSON.parse(readFileSync('tests/scenarios/weinheim-luetzelsachsen.json', 'utf8')).today,
    )
    const qi = out.programs.find((p: { id: string }) => p.id === 'q2030-quartiersimpulse')
    expect(qi.verdict).toBe('eligible')
    expect(qi.criteria.every((c: { reason: string }) => c.reason.length > 0)).toBe(true)
    // Two rounds a year whose dates are announced each time: recurring, no projected date.
    expect(qi.deadline).toMatchObject({ state: 'irregular', next: null, expected: false })
  })

  it('prints combinations whose plans add up', () => {
    const { code, stdout } = run('--answers', 'tests/scenarios/weinheim-luetzelsachsen.json')
    expect(code).toBe(0)
    const { combinations } = JSON.parse(stdout)
    expect(combinations.plans.length).toBeGreaterThan(0)
    for (const plan of combinations.plans) {
      expect(plan.totalFunding + plan.ownShare).toBe(plan.totalCosts)
      const allocated = plan.allocations.reduce(
        (s: number, a: { amount: number }) => s + a.amount,
        0,
      )
      expect(allocated).toBe(plan.totalFunding)
    }
  })

  it('answers in English with --lang en and respects --today', () => {
    const out = JSON.parse(
      run(
        '--answers',
        'tests/scenarios/erste-angaben-gemeinde.json',
        '--lang',
        'en',
        '--today',
        '2026-02-01',
      ).stdout,
    )
    const qi = out.programs.find((p: { id: string }) => p.id === 'q2030-quartiersimpulse')
    expect(qi.verdict).toBe('open')
    expect(qi.deadline).toMatchObject({ state: 'open', next: '2026-03-13' })
    expect(qi.criteria.find((c: { outcome: string }) => c.outcome === 'open').reason).toMatch(
      /^Still open/,
    )
  })

  const bad: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{"organisations": [', /invalid JSON/],
    ['an unknown question id', '{"inhabitants": 5}', /unknown question id "inhabitants"/],
    ['a wrong value type', '{"population": "viele"}', /answer "population" must be a whole number/],
    ['an unknown option value', '{"organisations": ["mayor"]}', /unknown option value "mayor"/],
    [
      'an impossible date',
      '{"plannedStart": "2026-02-30"}',
      /answer "plannedStart" must be a real date/,
    ],
    ['a top-level array', '[1,2]', /answers must be a JSON object/],
  ]
  it.each(bad)(
    'rejects %s with one line on stderr and nothing on stdout',
    (name, content, message) => {
      const { code, stdout, stderr } = run(
        '--answers',
        answersFile(`${name.replace(/\W/g, '')}.json`, content),
      )
      expect(code).not.toBe(0)
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(message)
    },
  )

  it('rejects an unreadable file and an impossible --today', () => {
    expect(run('--answers', join(scratch, 'nope.json')).stderr).toMatch(/cannot read answers file/)
    const r = run(
      '--answers',
      'tests/scenarios/erste-angaben-gemeinde.json',
      '--today',
      '2026-13-01',
    )
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/--today must be a real date/)
  })
})
