// Collects data/ at build time (Vite's eager glob) and runs the domain's parser once at start-up.
import {
  parseCatalogue,
  parseQuestionnaire,
  type Catalogue,
  type ProgramFile,
  type Questionnaire,
} from './domain/index'
import questionnaireJson from '../data/questionnaire.json'

const programModules = import.meta.glob<unknown>('../data/programs/*.json', {
  eager: true,
  import: 'default',
})

export const questionnaire: Questionnaire = parseQuestionnaire(questionnaireJson)

export const catalogue: Catalogue = parseCatalogue(
  Object.entries(programModules).map(([path, data]): ProgramFile => ({
    file: path.replace(/^\.\.\//, ''),
    data,
  })),
  questionnaire,
)
