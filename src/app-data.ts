// Collects data/ at build time (Vite's eager glob) and runs the domain's parser once.
import { parseCatalogue, parseQuestionnaire, type ProgramFile } from './domain/index'
import type { AppData } from './catalogue-source'
import questionnaireJson from '../data/questionnaire.json'

const programModules = import.meta.glob<unknown>('../data/programs/*.json', {
  eager: true,
  import: 'default',
})

const questionnaire = parseQuestionnaire(questionnaireJson)

export const appData: AppData = {
  questionnaire,
  catalogue: parseCatalogue(
    Object.entries(programModules).map(([path, data]): ProgramFile => ({
      file: path.replace(/^\.\.\//, ''),
      data,
    })),
    questionnaire,
  ),
}
