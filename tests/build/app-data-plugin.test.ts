import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { appDataPlugin } from '../../scripts/build/app-data-plugin'
import { loadCheckedAppData } from '../../scripts/build/load-checked-data'
import { formatProblem } from '../../src/domain/index'
import { ROOT } from '../../scripts/lib/load-data'
import { catalogue, questionnaire } from '../fixtures/data'

const copies: string[] = []
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A throwaway project root holding a copy of data/. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'fbk-data-'))
  copies.push(root)
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true })
  return root
}

describe('the app-data build plugin', () => {
  it('hands the browser exactly what the domain parses, and it survives JSON', () => {
    const { data, problems } = loadCheckedAppData(ROOT)
    expect(problems).toEqual([])
    expect(JSON.parse(JSON.stringify(data))).toEqual({ questionnaire, catalogue })
  })

  it('refuses broken data with the file, id and path of each problem', () => {
    const root = copyOfData()
    const file = join(root, 'data', 'programs', 'q2030-quartiersimpulse.json')
    writeFileSync(
      file,
      JSON.stringify({ id: 'q2030-quartiersimpulse', name: { de: 'Nur deutsch' } }),
    )
    const { data, problems } = loadCheckedAppData(root)
    expect(data).toBeUndefined()
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /^data\/programs\/q2030-quartiersimpulse\.json \(q2030-quartiersimpulse\): name\.en: /,
      ),
    )
  })

  it('fails the build with that problem list', async () => {
    const root = copyOfData()
    const file = join(root, 'data', 'programs', 'q2030-quartiersimpulse.json')
    writeFileSync(
      file,
      JSON.stringify({ id: 'q2030-quartiersimpulse', name: { de: 'Nur deutsch' } }),
    )
    const plugin = appDataPlugin()
    const hook = <T>(h: unknown) => h as T
    hook<(c: { root: string }) => void>(plugin.configResolved)({ root })
    const context = {
      addWatchFile: () => undefined,
      error: (message: string) => {
        throw new Error(message)
      },
    }
    const load = hook<(this: typeof context, id: string) => Promise<string>>(plugin.load)
    const resolved = hook<(id: string) => string>(plugin.resolveId)('virtual:app-data')
    await expect(load.call(context, resolved)).rejects.toThrow(
      /data\/ has problems:\ndata\/programs\/q2030-quartiersimpulse\.json \(q2030-quartiersimpulse\): /,
    )
  })

  it('refuses a broken questionnaire before reading the programmes against it', () => {
    const root = copyOfData()
    writeFileSync(join(root, 'data', 'questionnaire.json'), '{"steps": 3}')
    const { data, problems } = loadCheckedAppData(root)
    expect(data).toBeUndefined()
    expect(problems[0]?.file).toBe('data/questionnaire.json')
  })
})
