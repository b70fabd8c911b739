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

  it('has a fixture link for every version', () => {
    const files = readdirSync(fixtureDir).filter((f) => f.endsWith('.json'))
    expect(files.sort()).toEqual(SHARE_SCHEMAS.map((s) => `v${s.version}.json`).sort())
  })

  for (const schema of SHARE_SCHEMAS) {
    it(`still opens the fixture link made with v${schema.version}`, () => {
      const fixture = JSON.parse(readFileSync(join(fixtureDir, `v${schema.version}.json`), 'utf8'))
      const result = open(fixture.link)
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
      expect(result.version).toBe(schema.version)
      expect(result.answers).toEqual(fixture.expected.answers)
      expect(result.combinations).toEqual(fixture.expected.combinations)
      expect(result.linkCatalogueAsOf).toBe(fixture.expected.catalogueAsOf)
    })
  }
})
