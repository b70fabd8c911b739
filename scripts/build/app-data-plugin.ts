// Checks data/ when Vite builds or serves the app and hands the checked, parsed catalogue to the
// browser as the module `virtual:app-data` (the language-free skeleton), with its texts in
// `virtual:app-data/texts-<lang>`, the results' texts in `virtual:app-data/results-<lang>` and
// its details in `virtual:app-data/details-<lang>` (split-app-data.ts). The browser thus never needs zod; broken data fail
// the build with the domain's problem list (file, id and path of every problem).
import { join, relative, isAbsolute } from 'node:path'
import type { Plugin } from 'vite'
import { buildData, formatProblems } from './build-data.ts'
import { leanAppData } from './lean-app-data.ts'
import { splitAppData, type SplitAppData } from './split-app-data.ts'
import type { PieceKind } from '../../src/catalogue-slots.ts'
import { LANGS, type Lang } from '../../src/domain/text.ts'

const ID = 'virtual:app-data'
const RESOLVED_ID = `\0${ID}`
const PIECES = ['texts', 'results', 'details'].flatMap((kind) =>
  LANGS.map((lang) => `${kind}-${lang}`),
)
/** Every module of the data, the skeleton first. */
const RESOLVED_IDS = [RESOLVED_ID, ...PIECES.map((p) => `${RESOLVED_ID}/${p}`)]

// JSON.parse of a string literal is faster for the browser than an object literal this size.
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`

function pieceOf(split: SplitAppData, id: string): unknown {
  if (id === RESOLVED_ID) return split.skeleton
  const [kind, lang] = id.slice(RESOLVED_ID.length + 1).split('-') as [PieceKind, Lang]
  return split[kind][lang]
}

const isInside = (dir: string, file: string) => {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

export function appDataPlugin(): Plugin {
  let root = process.cwd()
  let serving = false
  // One check and split per build, shared by the seven modules; the dev server drops it when
  // data/ changes.
  let split: Promise<SplitAppData | string> | undefined
  return {
    name: 'foerderbaukasten:app-data',
    configResolved(config) {
      root = config.root
      serving = config.command === 'serve'
    },
    buildStart() {
      split = undefined // `vite build --watch` builds again after a change in data/
    },
    resolveId(id) {
      return id === ID || PIECES.some((p) => id === `${ID}/${p}`) ? `\0${id}` : undefined
    },
    async load(id) {
      if (!RESOLVED_IDS.includes(id)) return undefined
      split ??= buildData().then(({ loadCheckedAppData }) => {
        const { data, problems, watch } = loadCheckedAppData(root)
        // Only `vite build --watch` needs these. The dev server's import analysis treats every
        // watch file as an import of this module, and the programmes folder does not resolve as
        // one (issue 13: an error overlay on a first start); hotUpdate below covers the dev server.
        if (!serving) {
          for (const file of watch) this.addWatchFile(file)
          this.addWatchFile(join(root, 'data', 'programs'))
        }
        return data ? splitAppData(leanAppData(data)) : formatProblems(problems)
      })
      const result = await split
      if (typeof result === 'string') {
        split = undefined // the next build or request checks the data again
        this.error(result)
      }
      return jsonModule(pieceOf(result, id))
    },
    // The dev server watches the whole project. Any change under data/ (a programme edited, added
    // or removed) checks the data again on the next request and reloads the page; the answers
    // survive the reload in local storage.
    hotUpdate({ file }) {
      if (!isInside(join(root, 'data'), file)) return
      split = undefined
      const graph = this.environment.moduleGraph
      const loaded = RESOLVED_IDS.map((id) => graph.getModuleById(id)).filter((m) => m)
      if (loaded.length === 0) return []
      for (const module of loaded) graph.invalidateModule(module!)
      this.environment.hot.send({ type: 'full-reload' })
      return []
    },
  }
}
