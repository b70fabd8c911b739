import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ROOT } from '../../scripts/lib/load-data'
import { OPEN_DATA_FILES, openDataFiles } from '../../scripts/build/load-checked-data'
import { openDataPlugin } from '../../scripts/build/open-data-plugin'
import { catalogue, questionnaire } from '../fixtures/data'

const published = openDataFiles(ROOT)
const files: Record<string, string> = published.files ?? {}
const document = JSON.parse(files[OPEN_DATA_FILES.document] ?? 'null')
const jsonSchema = JSON.parse(files[OPEN_DATA_FILES.schema] ?? 'null')
// Rebuilt from the published JSON Schema alone, as a reuser of the open data would.
const validator = z.fromJSONSchema(jsonSchema)

const roots: string[] = []
afterEach(() => roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('open data: catalogue.json and catalogue.schema.json', () => {
  it('publishes the parsed catalogue, the questionnaire and the as-of date', () => {
    expect(published.problems).toEqual([])
    expect(document.asOf).toBe(catalogue.asOf)
    expect(document.programs).toEqual(JSON.parse(JSON.stringify(catalogue.programs)))
    expect(document.questionnaire).toEqual(JSON.parse(JSON.stringify(questionnaire)))
    expect(document.$schema).toBe(OPEN_DATA_FILES.schema)
  })

  it('emits a draft 2020-12 JSON Schema that the published document satisfies', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(jsonSchema.$id).toBe(OPEN_DATA_FILES.schema)
    const result = validator.safeParse(document)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it.each([
    ['an unknown status', (d: Doc) => (d.programs[0]!.status = 'maybe')],
    ['a missing programme id', (d: Doc) => delete d.programs[0]!.id],
    ['a date that is no ISO date', (d: Doc) => (d.asOf = '30.11.2025')],
    ['an extra field', (d: Doc) => (d.programs[0]!.rating = 5)],
    ['a rate above 100 %', (d: Doc) => ((d.programs[0]!.money as Doc).ratePercent = 120)],
  ])('the schema rejects %s', (_name, corrupt) => {
    const copy = structuredClone(document)
    corrupt(copy)
    expect(validator.safeParse(copy).success).toBe(false)
  })

  it('has the build emit both files as assets', async () => {
    const emitted: Array<{ fileName: string; source: string }> = []
    const plugin = openDataPlugin()
    hook<(c: { root: string }) => void>(plugin.configResolved)({ root: ROOT })
    const context = {
      emitFile: (f: { fileName: string; source: string }) => emitted.push(f),
      error: fail,
    }
    await hook<(this: typeof context) => Promise<void>>(plugin.generateBundle).call(context)
    expect(emitted.map((f) => f.fileName).sort()).toEqual([
      'catalogue.json',
      'catalogue.schema.json',
    ])
    expect(JSON.parse(emitted.find((f) => f.fileName === 'catalogue.json')!.source)).toEqual(
      document,
    )
  })

  it('fails the build instead of publishing broken data', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fbk-open-'))
    roots.push(root)
    cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true })
    writeFileSync(join(root, 'data', 'programs', 'bw-nis.json'), JSON.stringify({ id: 'bw-nis' }))
    const plugin = openDataPlugin()
    hook<(c: { root: string }) => void>(plugin.configResolved)({ root })
    const context = { emitFile: () => fail('nothing may be emitted'), error: fail }
    await expect(
      hook<(this: typeof context) => Promise<void>>(plugin.generateBundle).call(context),
    ).rejects.toThrow(/data\/programs\/bw-nis\.json \(bw-nis\): name: /)
  })
})

const hook = <T>(h: unknown) => h as T

type Doc = Record<string, unknown> & { programs: Array<Record<string, unknown>> }

function fail(message: string): never {
  throw new Error(message)
}
