// Build-time data: reads data/, runs the domain's checks, and prepares the open-data files.
// Vite plugins load this through Vite's module runner (build-data.ts), never statically.
import { join } from 'node:path'
import {
  checkCatalogue,
  checkQuestionnaire,
  openDataDocument,
  openDataJsonSchema,
} from '../../src/domain/validation'
import { readJson, readProgramFiles } from '../lib/load-data'

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

export const OPEN_DATA_FILES = {
  document: 'catalogue.json',
  schema: 'catalogue.schema.json',
} as const

/** The two open-data files' contents, or the problems that keep data/ from being published. */
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
