// Checks data/ when Vite builds or serves the app and hands the checked, parsed catalogue to the
// browser as the module `virtual:app-data`. The browser thus never needs zod; broken data fails
// the build with the domain's problem list (file, id and path of every problem).
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { checkCatalogue, checkQuestionnaire, formatProblem } from '../../src/domain/validation'
import { readJson, readProgramFiles } from '../lib/load-data'

const ID = 'virtual:app-data'
const RESOLVED_ID = `\0${ID}`

export function loadCheckedAppData(root: string) {
  const questionnaireFile = join(root, 'data', 'questionnaire.json')
  const programsDir = join(root, 'data', 'programs')
  const programFiles = readProgramFiles(root, programsDir)
  const { questionnaire, problems } = checkQuestionnaire(readJson(questionnaireFile))
  if (!questionnaire) return { problems, watch: [questionnaireFile] }
  const checked = checkCatalogue(programFiles, questionnaire)
  const watch = [questionnaireFile, ...programFiles.map((f) => join(root, f.file))]
  if (!checked.catalogue) return { problems: checked.problems, watch }
  return { data: { questionnaire, catalogue: checked.catalogue }, problems: [], watch }
}

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
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { data, problems, watch } = loadCheckedAppData(root)
      for (const file of watch) this.addWatchFile(file)
      this.addWatchFile(join(root, 'data', 'programs'))
      if (!data) this.error(`data/ has problems:\n${problems.map(formatProblem).join('\n')}`)
      // JSON.parse of a string literal is faster for the browser than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
  }
}
