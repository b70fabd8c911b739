// Publishes the checked catalogue as open data next to the app: `vite build` writes
// dist/catalogue.json (programmes, questionnaire and "Stand") and dist/catalogue.schema.json.
import type { Plugin } from 'vite'
import { buildData, formatProblems } from './build-data.ts'

export function openDataPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'foerderbaukasten:open-data',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    async generateBundle() {
      const { files, problems } = (await buildData()).openDataFiles(root)
      if (!files) this.error(formatProblems(problems))
      for (const [fileName, source] of Object.entries(files))
        this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
