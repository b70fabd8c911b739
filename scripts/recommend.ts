// Headless recommender: answers in, JSON out. Bad input: one line on stderr, exit 1, nothing on stdout.
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { planTimeline, timelineContext } from '../src/domain/combinations/verstetigung'
import {
  decodeShareLink,
  describeRecommendation,
  describeTimeline,
  berlinDay,
  effectiveAnswers,
  isRealDate,
  parseAnswers,
  questionMap,
  recommend,
  type Lang,
  type SharedLink,
} from '../src/domain/index'
import { loadData, readJson } from './lib/load-data'

function fail(message: string): never {
  process.stderr.write(`recommend: ${message}\n`)
  process.exit(1)
}

function main(): void {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        answers: { type: 'string' },
        link: { type: 'string' },
        today: { type: 'string' },
        catalogue: { type: 'string' },
        lang: { type: 'string', default: 'de' },
      },
      strict: true,
    }))
  } catch (error) {
    fail((error as Error).message)
  }
  if (values.answers && values.link) fail('give either --answers FILE or --link URL, not both')
  if (!values.answers && values.link === undefined) fail('missing --answers FILE or --link URL')
  if (values.answers && !existsSync(values.answers))
    fail(`cannot read answers file "${values.answers}"`)
  const lang = values.lang
  if (lang !== 'de' && lang !== 'en') fail(`--lang must be de or en, got "${lang}"`)
  const raw = values.answers ? readAnswersFile(values.answers) : { answers: {} }
  const today = values.today ?? raw.today ?? berlinDay(new Date())
  if (!isRealDate(today)) fail(`--today must be a real date as YYYY-MM-DD, got "${today}"`)
  if (values.catalogue && !existsSync(values.catalogue))
    fail(`catalogue folder "${values.catalogue}" not found`)

  let data
  try {
    data = loadData(values.catalogue)
  } catch (error) {
    fail(`catalogue is invalid: ${(error as Error).message.split('\n')[0]}`)
  }
  let answers
  let shared: SharedLink | undefined
  if (values.link !== undefined) {
    const decoded = decodeShareLink(values.link, {
      questionnaire: data.questionnaire,
      programIds: data.catalogue.programs.map((p) => p.id),
      catalogueAsOf: data.catalogue.asOf,
    })
    if (!decoded.ok) fail(`--link: ${decoded.message} (${decoded.code})`)
    shared = decoded
    answers = decoded.answers
  } else {
    try {
      answers = parseAnswers(raw.answers, questionMap(data.questionnaire))
    } catch (error) {
      fail(`${values.answers}: ${(error as Error).message}`)
    }
  }
  const result = recommend(data.catalogue, data.questionnaire, answers, { today })
  // The plans over time and their Verstetigung gap, aligned with combinations.plans.
  const ctx = timelineContext(
    data.catalogue,
    data.questionnaire,
    effectiveAnswers(data.questionnaire, answers),
    result,
  )
  const timelines = result.combinations.plans.map((plan) =>
    describeTimeline(planTimeline(plan, ctx), lang as Lang),
  )
  const described = describeRecommendation(result, {
    lang: lang as Lang,
    questions: questionMap(data.questionnaire),
  })
  const withTimelines = { ...described, timelines }
  const output = shared ? { ...withTimelines, sharedLink: linkSummary(shared) } : withTimelines
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
}

/** What the link carried besides the answers, so a consultant sees what the sender chose. */
function linkSummary(link: SharedLink) {
  return {
    version: link.version,
    linkCatalogueAsOf: link.linkCatalogueAsOf,
    catalogueChanged: link.catalogueChanged,
    migrated: link.migrated,
    combinations: link.combinations,
    droppedAnswers: link.dropped,
    droppedCombinations: link.droppedCombinations,
  }
}

/** Accepts a bare answers object or a scenario file that wraps it as { today?, answers }. */
function readAnswersFile(path: string): { answers: unknown; today?: string } {
  let json: unknown
  try {
    json = readJson(path)
  } catch (error) {
    fail((error as Error).message)
  }
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && 'answers' in json) {
    const wrapped = json as { answers: unknown; today?: unknown }
    return {
      answers: wrapped.answers,
      ...(typeof wrapped.today === 'string' ? { today: wrapped.today } : {}),
    }
  }
  return { answers: json }
}

main()
