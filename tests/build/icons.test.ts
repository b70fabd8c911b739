import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'

const SIZES = new Set(['small', 'default', 'large', 'x-large'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.tsx')
        ? [join(dir, entry.name)]
        : [],
  )
}

// The stylesheet carries only the KERN icons listed in _kern-icons.scss; an icon the UI names
// but the list lacks shows as a filled square.
it('styles every KERN icon the UI uses', () => {
  const used = new Set(
    sourceFiles(join(ROOT, 'src', 'ui')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/kern-icon--([a-z-]+)/g)].map((m) => m[1]!),
    ),
  )
  const scss = readFileSync(join(ROOT, 'src', 'ui', 'styles', '_kern-icons.scss'), 'utf8')
  const listed = new Set(
    [.../\$used: \(([^)]*)\)/.exec(scss)![1]!.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!),
  )
  const missing = [...used].filter((name) => !SIZES.has(name) && !listed.has(name))
  expect(missing).toEqual([])
})
