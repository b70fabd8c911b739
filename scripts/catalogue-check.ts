// npm run catalogue:check [-- --today YYYY-MM-DD] [--catalogue DIR]
// Errors (schema, cross-checks, malformed URLs): one line each with file, id and path, exit 1.
// Warnings (stale data, windows all in the past, plain http) and the completeness table follow.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  catalogueCompleteness,
  catalogueWarnings,
  deadlineStatus,
  checkCatalogue,
  checkQuestionnaire,
  COMPLETENESS_FIELDS,
  formatProblem,
  berlinDay,
  isRealDate,
  type CompletenessReport,
} from '../src/domain/validation'
import { readJson, readProgramFiles, ROOT } from './lib/load-data'

function fail(message: string): never {
  process.stderr.write(`catalogue:check: ${message}\n`)
  process.exit(1)
}

function main(): void {
  let values
  try {
    ;({ values } = parseArgs({
      options: { today: { type: 'string' }, catalogue: { type: 'string' } },
      strict: true,
    }))
  } catch (error) {
    fail((error as Error).message)
  }
  // The outer layer owns the clock; the domain only ever sees this string.
  const today = values.today ?? berlinDay(new Date())
  if (!isRealDate(today)) fail(`--today must be a real date as YYYY-MM-DD, got "${today}"`)
  const dir = values.catalogue ?? join(ROOT, 'data', 'programs')
  if (!existsSync(dir)) fail(`catalogue folder "${dir}" not found`)

  const q = checkQuestionnaire(readJson(join(ROOT, 'data', 'questionnaire.json')))
  const files = readProgramFiles(ROOT, dir)
  const checked = q.questionnaire ? checkCatalogue(files, q.questionnaire) : undefined
  const errors = [...q.problems, ...(checked?.problems ?? [])]
  for (const p of errors) process.stdout.write(`error: ${formatProblem(p)}\n`)
  if (!checked?.catalogue) {
    process.stdout.write(`${errors.length} error(s); catalogue not usable\n`)
    process.exit(1)
  }
  const { catalogue } = checked
  const fileOf = new Map(files.map((f) => [(f.data as { id?: string }).id, f.file]))
  const warnings = catalogueWarnings(catalogue.programs, today)
  for (const w of warnings)
    process.stdout.write(`warning: ${formatProblem({ ...w, file: fileOf.get(w.id) ?? '?' })}\n`)

  const dormant = catalogue.programs.filter((p) => deadlineStatus(p, today).state === 'dormant')
  process.stdout.write(
    `\nDormant (no call known, never in a plan): ${dormant.length}\n${dormant
      .map((p) => `  ${p.id} (last call closed ${deadlineStatus(p, today).last})`)
      .join('\n')}\n`,
  )
  const report = catalogueCompleteness(catalogue.programs)
  process.stdout.write(`\n${table(report)}\n\n${counts(report)}\n`)
  process.stdout.write(
    `\nCatalogue as of ${catalogue.asOf}, checked against ${today}: ${report.count} programmes, 0 errors, ${warnings.length} warning(s)\n`,
  )
}

const HEADERS: Record<(typeof COMPLETENESS_FIELDS)[number], string> = {
  rate: 'rate',
  min: 'min',
  max: 'max',
  ownShare: 'own share',
  duration: 'duration',
  windows: 'windows',
  prerequisites: 'prereq.',
  criteria: 'criteria',
  sources: 'sources',
  combination: 'comb. rules',
}

function table(report: CompletenessReport): string {
  const head = ['programme', 'status', ...COMPLETENESS_FIELDS.map((f) => HEADERS[f])]
  const body = report.rows.map((r) => [
    r.id,
    r.status,
    ...COMPLETENESS_FIELDS.map((f) => {
      const c = r.cells[f]
      return !c.applicable ? 'n/a' : c.known ? c.value : '?'
    }),
  ])
  const totals = [
    'known (of applicable)',
    '',
    ...COMPLETENESS_FIELDS.map((f) => `${report.totals[f].known}/${report.totals[f].applicable}`),
  ]
  const rows = [head, ...body, totals]
  const widths = head.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) => `| ${row.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`
  return [line(head), rule, ...body.map(line), rule, line(totals)].join('\n')
}

function counts(report: CompletenessReport): string {
  const list = (rec: Record<string, number>) =>
    Object.entries(rec)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
  return `Programmes: ${report.count}\nBy status: ${list(report.byStatus)}\nBy level: ${list(report.byLevel)}`
}

main()
