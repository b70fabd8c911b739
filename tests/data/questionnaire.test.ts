import { describe, expect, it } from 'vitest'
import { checkQuestionnaire, formatProblem, visibleQuestions, type Answers } from '../../src/domain/validation'
import { questionnaire } from '../fixtures/data'
import rawQuestionnaire from '../../data/questionnaire.json'

describe('data/questionnaire.json', () => {
  it('is valid', () => {
    expect(checkQuestionnaire(rawQuestionnaire).problems.map(formatProblem)).toEqual([])
  })

  it('hides follow-ups until their parent answer asks for them', () => {
    const ids = (answers: Answers) => visibleQuestions(questionnaire, answers).map((q) => q.id)
    expect(ids({})).not.toContain('renewalProgramme')
    expect(ids({ organisations: ['municipality'], renewalArea: true })).toContain('renewalProgramme')
    expect(ids({ organisations: ['registeredAssociation'], renewalArea: true })).not.toContain('renewalProgramme')
  })

  it('rejects a condition that reads a later question', () => {
    const broken = structuredClone(rawQuestionnaire) as { steps: Array<{ questions: Array<Record<string, unknown>> }> }
    const first = broken.steps[0]!.questions[0]!
    first.visibleIf = { '===': [{ var: 'plannedStart' }, '2026-01-01'] }
    expect(checkQuestionnaire(broken).problems.map(formatProblem).join('\n')).toMatch(
      /data\/questionnaire\.json \(organisations\): steps\[0\]\.questions\[0\]\.visibleIf\.===\[0\]\.var: var reads unknown question "plannedStart"/,
    )
  })
})
