// Checks data/ when Vite builds or serves the app and hands the checked, parsed catalogue to the
// browser as the module `virtual:app-data`. The browser thus never needs zod; broken data fail
// the build with the domain's problem list (file, id and path of every problem).
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { buildData, formatProblems } from './build-data.ts'

const ID = 'virtual:app-data'
const RESOLVED_ID = `\0${ID}`

export function appDataPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'foerderbaukasten:app-data',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return id === ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { data, problems, watch } = (await buildData()).loadCheckedAppData(root)
      for (const file of watch) this.addWatchFile(file)
      this.addWatchFile(join(root, 'data', 'programs'))
      if (!data) this.error(formatProblems(problems))
      // JSON.parse of a string literal is faster for the browser than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
  }
}
