// Publishes the checked catalogue as open data next to the app: `vite build` writes
// dist/catalogue.json (programmes, questionnaire and "Stand") and dist/catalogue.schema.json.
import type { Plugin } from 'vite'
import { formatProblem, openDataDocument, openDataJsonSchema } from '../../src/domain/validation'
import { loadCheckedAppData } from './app-data-plugin'

export const OPEN_DATA_FILES = {
  document: 'catalogue.json',
  schema: 'catalogue.schema.json',
} as const

/** The two files' contents, or the problems that keep data/ from being published. */
export function openDataFiles(root: string) {
  const { data, problems } = loadCheckedAppData(root)
  if (!data) return { problems }
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  return {
    problems,
    files: {
      [OPEN_DATA_FILES.document]: json(openDataDocument(data.catalogue, data.questionnaire)),
      [OPEN_DATA_FILES.schema]: json(openDataJsonSchema()),
    },
  }
}

export function openDataPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'foerderbaukasten:open-data',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    generateBundle() {
      const { files, problems } = openDataFiles(root)
      if (!files) this.error(`data/ has problems:\n${problems.map(formatProblem).join('\n')}`)
      for (const [fileName, source] of Object.entries(files))
        this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
