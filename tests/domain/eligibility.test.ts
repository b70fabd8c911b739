import { describe, expect, it } from 'vitest'
import { evaluateProgram, programSchema } from '../../src/domain/validation'
import { questions } from '../fixtures/data'
import { makeProgram } from '../fixtures/make-program'

const program = programSchema.parse(makeProgram({ id: 'p' }))
const ctx = (answers: object, lang: 'de' | 'en' = 'de') => ({
  answers: answers as never,
  questions,
  lang,
})

describe('evaluateProgram', () => {
  it('explains a pass with the deciding answer, in the chosen language', () => {
    const result = evaluateProgram(
      program,
      ctx({ organisations: ['municipality', 'registeredAssociation'] }),
    )
    expect(result.verdict).toBe('eligible')
    expect(result.criteria[0]).toMatchObject({
      outcome: 'passed',
      reason: 'ok Gemeinde oder Stadt, Eingetragener Verein',
      decidedBy: { organisations: ['municipality', 'registeredAssociation'] },
    })
  })

  it('explains a failure with the answer that decided it', () => {
    const result = evaluateProgram(program, ctx({ organisations: ['company'] }, 'en'))
    expect(result.verdict).toBe('ineligible')
    expect(result.criteria[0]?.reason).toBe('nein Company (SME)')
  })

  it('names the missing question when a criterion is open', () => {
    const result = evaluateProgram(program, ctx({}))
    expect(result.verdict).toBe('open')
    expect(result.openQuestions).toEqual(['organisations'])
    expect(result.criteria[0]?.reason).toContain('Welche Organisationen wirken im Projekt mit?')
  })

  it('never recommends a closed programme, whatever the answers', () => {
    const closed = programSchema.parse(makeProgram({ id: 'old', status: 'closed' }))
    const result = evaluateProgram(closed, ctx({ organisations: ['municipality'] }))
    expect(result.verdict).toBe('ineligible')
    expect(result.criteria[0]?.id).toBe('programmeRunning')
  })

  it('keeps a broken rule from blanking the result: it stays open', () => {
    const broken = programSchema.parse(
      makeProgram({
        id: 'b',
        eligibility: [{ ...makeProgram({ id: 'x' }).eligibility[0]!, rule: { nosuchop: [1] } }],
      }),
    )
    expect(evaluateProgram(broken, ctx({ organisations: ['municipality'] })).verdict).toBe('open')
  })
})
