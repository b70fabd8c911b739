// Checks data/ when Vite builds or serves the app and hands the checked, parsed catalogue to the
// browser as the module `virtual:app-data`. The browser thus never needs zod; broken data fail
// the build with the domain's problem list (file, id and path of every problem).
import { join, relative, isAbsolute } from 'node:path'
import type { Plugin } from 'vite'
import { buildData, formatProblems } from './build-data.ts'
import { leanAppData } from './lean-app-data.ts'

const ID = 'virtual:app-data'
const RESOLVED_ID = `\0${ID}`

const isInside = (dir: string, file: string) => {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

export function appDataPlugin(): Plugin {
  let root = process.cwd()
  let serving = false
  return {
    name: 'foerderbaukasten:app-data',
    configResolved(config) {
      root = config.root
      serving = config.command === 'serve'
    },
    resolveId(id) {
      return id === ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { data, problems, watch } = (await buildData()).loadCheckedAppData(root)
      // Only `vite build --watch` needs these. The dev server's import analysis treats every
      // watch file as an import of this module, and the programmes folder does not resolve as one
      // (issue 13: an error overlay on a first start); hotUpdate below covers the dev server.
      if (!serving) {
        for (const file of watch) this.addWatchFile(file)
        this.addWatchFile(join(root, 'data', 'programs'))
      }
      if (!data) this.error(formatProblems(problems))
      // JSON.parse of a string literal is faster for the browser than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(leanAppData(data)))})`
    },
    // The dev server watches the whole project. Any change under data/ (a programme edited, added
    // or removed) checks the data again on the next request and reloads the page; the answers
    // survive the reload in local storage.
    hotUpdate({ file }) {
      if (!isInside(join(root, 'data'), file)) return
      const graph = this.environment.moduleGraph
      const loaded = graph.getModuleById(RESOLVED_ID)
      if (!loaded) return []
      graph.invalidateModule(loaded)
      this.environment.hot.send({ type: 'full-reload' })
      return []
    },
  }
}
