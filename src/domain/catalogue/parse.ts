import { DataError, zodProblems, type DataProblem } from '../data-error'
import { questionMap } from '../questionnaire/visibility'
import type { Question, Questionnaire } from '../questionnaire/schema'
import { checkRule } from '../rules/rule-check'
import { programSchema, type Catalogue, type Program } from './schema'

export interface ProgramFile {
  /** Path relative to the project root, e.g. data/programs/bw-elr.json */
  file: string
  data: unknown
}

/** Questions whose option values the programme fields `applicants` and `themes` must use. */
const FIELD_QUESTIONS = { applicants: 'organisations', themes: 'themes' } as const

export function checkCatalogue(
  files: readonly ProgramFile[],
  questionnaire: Questionnaire,
): { catalogue?: Catalogue; problems: DataProblem[] } {
  const questions = questionMap(questionnaire)
  const problems: DataProblem[] = []
  const programs: Array<{ program: Program; file: string }> = []
  for (const { file, data } of files) {
    const rawId =
      typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined
    const id = typeof rawId === 'string' ? rawId : undefined
    const parsed = programSchema.safeParse(data)
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, file, id))
      continue
    }
    problems.push(...checkProgram(parsed.data, file, questions))
    programs.push({ program: parsed.data, file })
  }
  problems.push(...checkReferences(programs))
  if (problems.length > 0) return { problems }
  const sorted = programs.map((p) => p.program).sort((a, b) => a.id.localeCompare(b.id))
  const asOf = sorted.reduce(
    (latest, p) => (p.lastChecked > latest ? p.lastChecked : latest),
    '0000-00-00',
  )
  return { catalogue: { programs: sorted, asOf }, problems }
}

export function parseCatalogue(
  files: readonly ProgramFile[],
  questionnaire: Questionnaire,
): Catalogue {
  const { catalogue, problems } = checkCatalogue(files, questionnaire)
  if (!catalogue) throw new DataError(problems)
  return catalogue
}

function checkProgram(
  program: Program,
  file: string,
  questions: ReadonlyMap<string, Question>,
): DataProblem[] {
  const problems: DataProblem[] = []
  const add = (path: string, message: string) =>
    problems.push({ file, id: program.id, path, message })
  const baseName = file
    .split('/')
    .pop()
    ?.replace(/\.json$/, '')
  if (baseName !== program.id)
    add('id', `id "${program.id}" must equal the file name "${baseName}"`)
  program.eligibility.forEach((criterion, i) => {
    for (const p of checkRule(criterion.rule, `eligibility[${i}].rule`, questions))
      add(p.path, p.message)
  })
  program.money.variants.forEach((variant, i) => {
    for (const p of checkRule(variant.when, `money.variants[${i}].when`, questions))
      add(p.path, p.message)
  })
  const ids = program.eligibility.map((c) => c.id)
  ids.forEach(
    (cid, i) =>
      ids.indexOf(cid) !== i && add(`eligibility[${i}].id`, `criterion id "${cid}" is used twice`),
  )
  for (const [field, questionId] of Object.entries(FIELD_QUESTIONS) as Array<
    [keyof typeof FIELD_QUESTIONS, string]
  >) {
    const allowed = new Set(questions.get(questionId)?.options?.map((o) => o.value) ?? [])
    program[field].forEach((value, i) => {
      if (!allowed.has(value))
        add(`${field}[${i}]`, `"${value}" is not an option of question "${questionId}"`)
    })
  }
  program.sources.forEach((source, i) => {
    if (!isHttpUrl(source.url)) add(`sources[${i}].url`, `"${source.url}" is not an http(s) URL`)
    // The Stand shown on the card is lastChecked: a source read later would not be in it.
    if (source.asOf > program.lastChecked)
      add(`sources[${i}].asOf`, `read on ${source.asOf}, after lastChecked ${program.lastChecked}`)
  })
  const { minAmount, maxAmount } = program.money
  if (minAmount !== null && maxAmount !== null && minAmount > maxAmount) {
    add('money.minAmount', `minimum ${minAmount} is above maximum ${maxAmount}`)
  }
  program.windows.dates.forEach((w, i) => {
    if (w.opens && w.opens > w.closes) add(`windows.dates[${i}]`, 'window opens after it closes')
  })
  checkMoneyParts(program, add)
  return problems
}

/** Parts must be distinct, within the programme's costs, and never fund one cost block twice. */
function checkMoneyParts(program: Program, add: (path: string, message: string) => void): void {
  const { parts, perUnit, variants } = program.money
  const partIds = parts.map((part) => part.id)
  const cells = new Map<string, string>()
  parts.forEach((part, i) => {
    if (partIds.indexOf(part.id) !== i)
      add(`money.parts[${i}].id`, `part id "${part.id}" is used twice`)
    part.costTypes.forEach((costType, j) => {
      if (!program.costTypes.includes(costType))
        add(
          `money.parts[${i}].costTypes[${j}]`,
          `"${costType}" is not among the programme's cost types`,
        )
      for (const phase of part.phases ?? program.phases) {
        const other = cells.get(`${costType}/${phase}`)
        if (other)
          add(`money.parts[${i}]`, `${costType} in ${phase} is already funded by part "${other}"`)
        cells.set(`${costType}/${phase}`, part.id)
      }
    })
    if (part.minAmount !== null && part.maxAmount !== null && part.minAmount > part.maxAmount)
      add(
        `money.parts[${i}].minAmount`,
        `minimum ${part.minAmount} is above maximum ${part.maxAmount}`,
      )
  })
  perUnit.forEach((rule, i) => {
    if (rule.part !== null && !partIds.includes(rule.part))
      add(`money.perUnit[${i}].part`, `no money part "${rule.part}"`)
  })
  variants.forEach((variant, i) => {
    Object.keys(variant.partRates ?? {}).forEach((id) => {
      if (!partIds.includes(id)) add(`money.variants[${i}].partRates`, `no money part "${id}"`)
    })
  })
}

function checkReferences(
  programs: ReadonlyArray<{ program: Program; file: string }>,
): DataProblem[] {
  const problems: DataProblem[] = []
  const byId = new Map(programs.map((p) => [p.program.id, p]))
  for (const { program, file } of programs) {
    const add = (path: string, message: string) =>
      problems.push({ file, id: program.id, path, message })
    if (byId.get(program.id)?.file !== file)
      add('id', `programme id "${program.id}" is used by two files`)
    program.combination.excludes.forEach((ex, i) => {
      const other = byId.get(ex.program)?.program
      if (!other)
        return add(`combination.excludes[${i}].program`, `unknown programme "${ex.program}"`)
      if (ex.program === program.id)
        return add(`combination.excludes[${i}].program`, 'a programme cannot exclude itself')
      if (!other.combination.excludes.some((back) => back.program === program.id)) {
        add(
          `combination.excludes[${i}].program`,
          `"${ex.program}" does not exclude "${program.id}" back (exclusions must be symmetric)`,
        )
      }
    })
    program.combination.requires.forEach((req, i) => {
      if (req.kind !== 'program') return
      req.anyOf.forEach((target, j) => {
        if (!byId.has(target))
          add(`combination.requires[${i}].anyOf[${j}]`, `unknown programme "${target}"`)
      })
    })
    program.combination.observedWith.forEach((target, i) => {
      if (!byId.has(target)) add(`combination.observedWith[${i}]`, `unknown programme "${target}"`)
    })
  }
  return problems
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}
