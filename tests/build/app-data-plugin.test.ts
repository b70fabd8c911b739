import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { appDataPlugin } from '../../scripts/build/app-data-plugin'
import { loadCheckedAppData } from '../../scripts/build/load-checked-data'
import { formatProblem } from '../../src/domain/data-error'
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

describe('the app-data plugin on the dev server', () => {
  const hook = <T>(h: unknown) => h as T

  function servedPlugin(root: string) {
    const plugin = appDataPlugin()
    hook<(c: { root: string; command: string }) => void>(plugin.configResolved)({
      root,
      command: 'serve',
    })
    return plugin
  }

  it('registers no watch files, which import analysis would resolve as imports (issue 13)', async () => {
    const plugin = servedPlugin(ROOT)
    const watched: string[] = []
    const context = {
      addWatchFile: (file: string) => void watched.push(file),
      error: (message: string) => {
        throw new Error(message)
      },
    }
    const load = hook<(this: typeof context, id: string) => Promise<string>>(plugin.load)
    const resolved = hook<(id: string) => string>(plugin.resolveId)('virtual:app-data')
    await expect(load.call(context, resolved)).resolves.toMatch(/^export default JSON\.parse\(/)
    expect(watched).toEqual([])
  })

  function devEnvironment(loaded: boolean) {
    const invalidated: unknown[] = []
    const sent: unknown[] = []
    const module = { id: '\0virtual:app-data' }
    const environment = {
      moduleGraph: {
        getModuleById: (id: string) => (loaded && id === module.id ? module : undefined),
        invalidateModule: (m: unknown) => void invalidated.push(m),
      },
      hot: { send: (payload: unknown) => void sent.push(payload) },
    }
    return { environment, module, invalidated, sent }
  }

  type HotUpdate = (this: { environment: unknown }, ctx: { file: string }) => unknown

  it.each(['programs/bw-elr.json', 'programs/a-new-programme.json', 'questionnaire.json'])(
    'reloads the page with fresh data when data/%s changes',
    (name) => {
      const plugin = servedPlugin(ROOT)
      const { environment, module, invalidated, sent } = devEnvironment(true)
      const result = hook<HotUpdate>(plugin.hotUpdate).call(
        { environment },
        { file: join(ROOT, 'data', name) },
      )
      expect(invalidated).toEqual([module])
      expect(sent).toEqual([{ type: 'full-reload' }])
      expect(result).toEqual([])
    },
  )

  it('leaves other files to Vite and does nothing before the data were first loaded', () => {
    const plugin = servedPlugin(ROOT)
    const other = devEnvironment(true)
    const update = hook<HotUpdate>(plugin.hotUpdate)
    expect(update.call(other, { file: join(ROOT, 'src', 'main.tsx') })).toBeUndefined()
    expect(update.call(other, { file: join(ROOT, 'data-notes.json') })).toBeUndefined()
    expect(other.sent).toEqual([])

    const fresh = devEnvironment(false)
    update.call(fresh, { file: join(ROOT, 'data', 'programs', 'bw-elr.json') })
    expect(fresh.sent).toEqual([])
  })
})
