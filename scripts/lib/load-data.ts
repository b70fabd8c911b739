import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseCatalogue, parseQuestionnaire, type ProgramFile } from '../../src/domain/validation'

export const ROOT = join(import.meta.dirname, '..', '..')

export function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${relative(ROOT, path) || path}: invalid JSON (${(error as Error).message})`, {
      cause: error,
    })
  }
}

/** `root` is what the file names are relative to (data/programs/x.json). */
export function readProgramFiles(root = ROOT, dir = join(root, 'data', 'programs')): ProgramFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name)
      return { file: relative(root, path), data: readJson(path) }
    })
}

export function loadQuestionnaire() {
  return parseQuestionnaire(readJson(join(ROOT, 'data', 'questionnaire.json')))
}

export function loadData(catalogueDir?: string) {
  const questionnaire = loadQuestionnaire()
  const catalogue = parseCatalogue(readProgramFiles(ROOT, catalogueDir), questionnaire)
  return { questionnaire, catalogue }
}
