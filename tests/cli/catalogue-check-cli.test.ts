import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'
import { makeProgram } from '../fixtures/make-program'
import { catalogue } from '../fixtures/data'

function run(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/catalogue-check.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('npm run catalogue:check', { timeout: 30_000 }, () => {
  const real = run('--today', '2026-01-15')

  it('passes the real catalogue and prints one table row per programme with totals', () => {
    expect(real.stderr).toBe('')
    expect(real.code).toBe(0)
    for (const p of catalogue.programs)
      expect(real.stdout).toMatch(new RegExp(`^\\| ${p.id} `, 'm'))
    expect(real.stdout).toMatch(/^\| known \(of applicable\)/m)
    expect(real.stdout).toContain(`Programmes: ${catalogue.programs.length}`)
    expect(real.stdout).toMatch(/^By status: .*call \d+/m)
    expect(real.stdout).toMatch(/^By level: .*land \d+/m)
  })

  it('warns about stale data relative to --today', () => {
    expect(real.stdout).not.toMatch(/lastChecked: last checked/)
    // bw-nis was last checked on the catalogue's as-of date; a year and a day later it is stale.
    const nis = catalogue.programs.find((p) => p.id === 'bw-nis')!
    const later = run('--today', '2027-12-01')
    expect(later.code).toBe(0)
    expect(later.stdout).toMatch(
      new RegExp(
        `^warning: data/programs/bw-nis\\.json \\(bw-nis\\): lastChecked: last checked ${nis.lastChecked}`,
        'm',
      ),
    )
  })

  it('prints every problem of a broken catalogue on its own line and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fbk-check-'))
    const bad = makeProgram({
      id: 'broken',
      sources: [{ url: 'www.example', title: 't', asOf: '2025-01-01' }],
      applicants: ['mayor'],
    })
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(bad))
    const out = run('--catalogue', dir, '--today', '2026-01-15')
    expect(out.code).toBe(1)
    const errors = out.stdout.split('\n').filter((l) => l.startsWith('error: '))
    expect(errors).toEqual([
      expect.stringMatching(/broken\.json \(broken\): applicants\[0\]: "mayor" is not an option/),
      expect.stringMatching(
        /broken\.json \(broken\): sources\[0\]\.url: "www\.example" is not an http\(s\) URL/,
      ),
    ])
  })

  it('rejects an impossible --today', () => {
    const out = run('--today', '2026-02-30')
    expect(out.code).toBe(1)
    expect(out.stderr).toMatch(/--today must be a real date/)
  })
})
