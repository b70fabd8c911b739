import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'
import fixture from '../fixtures/share-links/v1.json'

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recommend.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

// Each case starts Node with tsx: slow on a busy machine.
describe('npm run recommend -- --link', { timeout: 30_000 }, () => {
  it('recomputes the result from a share link, same as from the answers it carries', () => {
    const fromLink = run('--link', `http://127.0.0.1:5173/${fixture.link}`, '--today', '2026-11-25')
    expect(fromLink.stderr).toBe('')
    expect(fromLink.code).toBe(0)
    const out = JSON.parse(fromLink.stdout)
    expect(out.sharedLink).toMatchObject({
      version: 1,
      combinations: fixture.expected.combinations,
      droppedAnswers: [],
    })
    const fromFile = JSON.parse(
      run('--answers', 'tests/fixtures/full-answers.json', '--today', '2026-11-25').stdout,
    )
    // The same verdicts and reasons. Their order follows what each programme brings, and the
    // answers file has answers a v1 link cannot carry (the project's duration for per-year sums).
    const byId = (programs: { id: string }[]) =>
      [...programs].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(out.programs)).toEqual(byId(fromFile.programs))
  })

  it.each([
    [
      'a garbage link',
      ['--link', 'https://example.org/#kaputt'],
      /--link: .*not a Förderbaukasten/,
    ],
    ['a cut-off link', ['--link', fixture.link.slice(0, 30)], /--link: .*(checksum|cut off)/],
    ['both inputs', ['--link', fixture.link, '--answers', 'x.json'], /either --answers/],
  ])('rejects %s with one line on stderr and exit 1', (_, args, message) => {
    const { code, stdout, stderr } = run(...args)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(message)
  })
})
