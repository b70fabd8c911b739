import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'
import { matchesQuestionnaire, SHARE_SCHEMAS } from '../../src/domain/index'
import { shareSchemaSchema } from '../../src/domain/validation'
import { questionnaire } from '../fixtures/data'
import { open } from './helpers'

const fixtureDir = join(ROOT, 'tests', 'fixtures', 'share-links')

describe('share schema versions', () => {
  it('freezes the current questionnaire in the newest version', () => {
    const latest = SHARE_SCHEMAS[SHARE_SCHEMAS.length - 1]!
    expect(
      matchesQuestionnaire(latest, questionnaire),
      `data/questionnaire.json changed since share schema v${latest.version}: run ` +
        '`npm run share-schema` to freeze the next version (never edit a published one), ' +
        'add renames there if ids or option values were renamed, and add a fixture link',
    ).toBe(true)
  })

  // The browser trusts the version files without zod; here every file is checked strictly.
  it('every version file passes the share-table schema and reads as the app reads it', () => {
    const dir = join(ROOT, 'src', 'domain', 'share', 'versions')
    const files = readdirSync(dir).filter((f) => /^v\d+\.json$/.test(f))
    expect(files).toHaveLength(SHARE_SCHEMAS.length)
    for (const file of files) {
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      const checked = shareSchemaSchema.parse(raw)
      expect(SHARE_SCHEMAS[checked.version - 1]).toEqual(checked)
    }
  })

  it('numbers the versions 1, 2, 3 … without gaps', () => {
    expect(SHARE_SCHEMAS.map((s) => s.version)).toEqual(SHARE_SCHEMAS.map((_, i) => i + 1))
  })

  // Fixture links are named vN.json (the first one of version N) or vN-<what it shows>.json.
  const fixtures = readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, version: Number(/^v(\d+)(?:-[a-z0-9-]+)?\.json$/.exec(file)?.[1]) }))

  it('has a fixture link for every version, and every fixture names a known version', () => {
    expect(fixtures.map((f) => f.file).sort()).toEqual(
      expect.arrayContaining(SHARE_SCHEMAS.map((s) => `v${s.version}.json`)),
    )
    const known = SHARE_SCHEMAS.map((s) => s.version)
    expect(fixtures.filter((f) => !known.includes(f.version)).map((f) => f.file)).toEqual([])
  })

  for (const { file, version } of fixtures) {
    it(`still opens the fixture link ${file} made with v${version}`, () => {
      const fixture = JSON.parse(readFileSync(join(fixtureDir, file), 'utf8'))
      expect(fixture.link).toMatch(new RegExp(`^#v${version}\\.`))
      const result = open(fixture.link)
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
      expect(result.version).toBe(version)
      expect(result.dropped).toEqual([])
      expect(result.answers).toEqual(fixture.expected.answers)
      expect(result.combinations).toEqual(fixture.expected.combinations)
      expect(result.linkCatalogueAsOf).toBe(fixture.expected.catalogueAsOf)
    })
  }
})
