import { describe, expect, it } from 'vitest'
import { describeCriterion, type CriterionResult, type Lang } from '../../src/domain/index'
import { evaluateProgram, programSchema } from '../../src/domain/validation'
import { questions } from '../fixtures/data'
import { makeProgram } from '../fixtures/make-program'

const program = programSchema.parse(makeProgram({ id: 'p' }))
const ctx = (answers: object) => ({ answers: answers as never, questions })
/** The criterion in words, as the screens, the CLI and the exports render it. */
const described = (criterion: CriterionResult | undefined, lang: Lang = 'de') =>
  describeCriterion(criterion!, { lang, questions })

describe('evaluateProgram', () => {
  it('explains a pass with the deciding answer, in the chosen language', () => {
    const result = evaluateProgram(
      program,
      ctx({ organisations: ['municipality', 'registeredAssociation'] }),
    )
    expect(result.verdict).toBe('eligible')
    expect(described(result.criteria[0])).toMatchObject({
      outcome: 'passed',
      reason: 'ok Gemeinde oder Stadt, Eingetragener Verein',
      decidedBy: { organisations: ['municipality', 'registeredAssociation'] },
    })
  })

  it('explains a failure with the answer that decided it', () => {
    const result = evaluateProgram(program, ctx({ organisations: ['company'] }))
    expect(result.verdict).toBe('ineligible')
    expect(described(result.criteria[0], 'en').reason).toBe('nein Company (SME)')
  })

  it('names the missing question when a criterion is open', () => {
    const result = evaluateProgram(program, ctx({}))
    expect(result.verdict).toBe('open')
    expect(result.openQuestions).toEqual(['organisations'])
    expect(described(result.criteria[0]).reason).toContain(
      'Welche Organisationen wirken im Projekt mit?',
    )
    expect(described(result.criteria[0], 'en').reason).toMatch(/^Still open – missing answer: /)
  })

  it('never recommends a closed programme, whatever the answers', () => {
    const closed = programSchema.parse(makeProgram({ id: 'old', status: 'closed' }))
    const result = evaluateProgram(closed, ctx({ organisations: ['municipality'] }))
    expect(result.verdict).toBe('ineligible')
    expect(result.criteria[0]?.id).toBe('programmeRunning')
    expect(described(result.criteria[0])).toMatchObject({
      label: 'Programm läuft',
      reason: 'Das Programm ist abgeschlossen und wird nur zur Information gezeigt.',
    })
  })

  it('keeps a broken rule from blanking the result: it stays open', () => {
    const broken = programSchema.parse(
      makeProgram({
        id: 'b',
        eligibility: [{ ...makeProgram({ id: 'x' }).eligibility[0]!, rule: { nosuchop: [1] } }],
      }),
    )
    const result = evaluateProgram(broken, ctx({ organisations: ['municipality'] }))
    expect(result.verdict).toBe('open')
    expect(described(result.criteria[0], 'en').reason).toBe('The rule could not be evaluated.')
  })
})
