// Freezes the questionnaire's current share table as the next share-link version when it has
// changed since the last one. Published versions are never edited: old links depend on them.
// Usage: npm run share-schema   (then fill in `renames` if ids or option values were renamed)
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { matchesQuestionnaire, shareFieldsOf, SHARE_SCHEMAS } from '../src/domain/index'
import { loadQuestionnaire, ROOT } from './lib/load-data'

const dir = join(ROOT, 'src', 'domain', 'share', 'versions')
const questionnaire = loadQuestionnaire()
const latest = SHARE_SCHEMAS[SHARE_SCHEMAS.length - 1]

if (latest && matchesQuestionnaire(latest, questionnaire)) {
  process.stdout.write(`share schema v${latest.version} matches the questionnaire; nothing to do\n`)
} else {
  const version = (latest?.version ?? 0) + 1
  const next = { version, ...shareFieldsOf(questionnaire), renames: { questions: {}, options: {} } }
  writeFileSync(join(dir, `v${version}.json`), `${JSON.stringify(next, null, 2)}\n`)
  const files = readdirSync(dir)
    .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
  writeFileSync(join(dir, 'index.ts'), indexSource(files))
  process.stdout.write(
    `wrote share schema v${version}; add renames there if question ids or option values were renamed, ` +
      `and a fixture link in tests/fixtures/share-links/\n`,
  )
}

function indexSource(versions: number[]): string {
  return `// Every share schema ever published, oldest first. Never edit a published file: add the next
// one with \`npm run share-schema\` when data/questionnaire.json changes (a test says when).
import { frozenTable, type ShareSchema } from '../share-schema'
${versions.map((v) => `import v${v} from './v${v}.json'`).join('\n')}

export const SHARE_SCHEMAS: readonly ShareSchema[] = [${versions.map((v) => `v${v}`).join(', ')}].map(
  frozenTable,
)

export const CURRENT_SHARE_SCHEMA: ShareSchema = SHARE_SCHEMAS[SHARE_SCHEMAS.length - 1]!
`
}
