import { describe, expect, it } from 'vitest'
import { type Answers, type AnswerValue } from '../../src/domain/index'
import { allQuestions, visibleQuestions } from '../../src/domain/questionnaire/visibility'
import { readQuestionIds } from '../../src/domain/rules/rule-check'
import { questionnaire } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

/** The limit a user should meet on a typical path through the questionnaire. */
const TYPICAL_LIMIT = 25
/**
 * The worst case: a project that plans every measure and meets every follow-up. Since the
 * questionnaire asks a quantity for each measure that programmes pay per unit (places, groups,
 * posts), this path is longer than the typical one (27, every question); raise it only
 * together with a look at the typical path.
 */
const LONGEST_LIMIT = 27

const questions = allQuestions(questionnaire)

describe('typical questionnaire path', () => {
  // The scenarios are real cases (towns, districts, associations) written to check verdicts,
  // not to keep the questionnaire short: their paths are what users meet.
  const scenarios = loadScenarios()

  it(`asks at most ${TYPICAL_LIMIT} questions for every real case in tests/scenarios`, () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10)
    const tooLong = scenarios
      .map((s) => ({ file: s.file, asked: visibleQuestions(questionnaire, s.answers as Answers) }))
      .filter((s) => s.asked.length > TYPICAL_LIMIT)
      .map((s) => `${s.file}: ${s.asked.length}`)
    expect(tooLong).toEqual([])
  })
})

// Visibility conditions may only use operators for which "more chosen" never hides a
// question; then choosing every multi-choice option and trying every value of the single-choice
// and yes/no questions that conditions read finds the longest path exactly.
const MONOTONE = new Set(['and', 'or', 'var', 'in', '===', 'fb_overlaps'])

function operators(rule: unknown): string[] {
  if (Array.isArray(rule)) return rule.flatMap(operators)
  if (rule === null || typeof rule !== 'object') return []
  return Object.entries(rule).flatMap(([op, args]) => [op, ...operators(args)])
}

/** The longest path, and every question that shows on at least one of the paths tried. */
function searchPaths(): { longest: string[]; reachable: Set<string> } {
  const read = new Set(questions.flatMap((q) => readQuestionIds(q.visibleIf ?? null)))
  const base: Answers = {}
  const tried: Array<{ id: string; values: AnswerValue[] }> = []
  for (const q of questions) {
    const options = (q.options ?? []).map((o) => o.value)
    if (q.type === 'multiChoice') base[q.id] = options
    else if (read.has(q.id) && q.type === 'singleChoice') tried.push({ id: q.id, values: options })
    else if (read.has(q.id) && q.type === 'boolean') tried.push({ id: q.id, values: [true, false] })
  }
  let longest: string[] = []
  const reachable = new Set<string>()
  const search = (i: number, answers: Answers) => {
    if (i === tried.length) {
      const shown = visibleQuestions(questionnaire, answers).map((q) => q.id)
      for (const id of shown) reachable.add(id)
      if (shown.length > longest.length) longest = shown
      return
    }
    for (const value of tried[i]!.values) search(i + 1, { ...answers, [tried[i]!.id]: value })
  }
  search(0, base)
  return { longest, reachable }
}

describe('longest questionnaire path', () => {
  it('reads in its conditions only choices and yes/no answers, with monotone operators', () => {
    const conditions = questions.filter((q) => q.visibleIf !== undefined)
    const ops = new Set(conditions.flatMap((q) => operators(q.visibleIf)))
    expect([...ops].filter((op) => !MONOTONE.has(op))).toEqual([])
    const types = new Set(
      conditions.flatMap((q) =>
        readQuestionIds(q.visibleIf).map((id) => questions.find((p) => p.id === id)?.type),
      ),
    )
    expect(
      [...types].filter((t) => !['multiChoice', 'singleChoice', 'boolean'].includes(t!)),
    ).toEqual([])
  })

  it(`asks at most ${LONGEST_LIMIT} questions on the longest path`, () => {
    const { longest } = searchPaths()
    expect(longest.length).toBeLessThanOrEqual(LONGEST_LIMIT)
    // The search really does reach the follow-ups behind a choice, a single choice and a yes.
    expect(longest).toEqual(
      expect.arrayContaining([
        'climatePact',
        'dayCarePlaces',
        'ruralCharacter',
        'renewalProgramme',
      ]),
    )
  })

  it('can show every question on some path', () => {
    const { reachable } = searchPaths()
    expect(questions.map((q) => q.id).filter((id) => !reachable.has(id))).toEqual([])
  })
})
