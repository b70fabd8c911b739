import { describe, expect, it } from 'vitest'
import {
  checkQuestionnaire,
  formatProblem,
  parseAnswers,
  type Answers,
} from '../../src/domain/validation'
import { visibleQuestions } from '../../src/domain/questionnaire/visibility'
import { questionnaire, questions } from '../fixtures/data'
import rawQuestionnaire from '../../data/questionnaire.json'

describe('data/questionnaire.json', () => {
  it('is valid', () => {
    expect(checkQuestionnaire(rawQuestionnaire).problems.map(formatProblem)).toEqual([])
  })

  it('hides follow-ups until their parent answer asks for them', () => {
    const ids = (answers: Answers) => visibleQuestions(questionnaire, answers).map((q) => q.id)
    expect(ids({})).not.toContain('renewalProgramme')
    expect(ids({ organisations: ['municipality'], renewalArea: true })).toContain(
      'renewalProgramme',
    )
    expect(ids({ organisations: ['registeredAssociation'], renewalArea: true })).not.toContain(
      'renewalProgramme',
    )
  })

  it('rejects a condition that reads a later question', () => {
    const broken = structuredClone(rawQuestionnaire) as {
      steps: Array<{ questions: Array<Record<string, unknown>> }>
    }
    const first = broken.steps[0]!.questions[0]!
    first.visibleIf = { '===': [{ var: 'plannedStart' }, '2026-01-01'] }
    expect(checkQuestionnaire(broken).problems.map(formatProblem).join('\n')).toMatch(
      /data\/questionnaire\.json \(organisations\): steps\[0\]\.questions\[0\]\.visibleIf\.===\[0\]\.var: var reads unknown question "plannedStart"/,
    )
  })
})

describe('the quantities and facts the financing plans read', () => {
  const ids = (answers: Answers) => visibleQuestions(questionnaire, answers).map((q) => q.id)
  const stepOf = (id: string) =>
    questionnaire.steps.find((s) => s.questions.some((q) => q.id === id))?.id
  const parse = (answers: Record<string, unknown>) => () => parseAnswers(answers, questions)

  it('always asks projectYears in the finance step, for 1 to 10 whole years', () => {
    expect(stepOf('projectYears')).toBe('finance')
    expect(ids({})).toContain('projectYears')
    expect(parse({ projectYears: 1 })()).toEqual({ projectYears: 1 })
    expect(parse({ projectYears: 10 })()).toEqual({ projectYears: 10 })
    expect(parse({ projectYears: 0 })).toThrow(/below the minimum 1/)
    expect(parse({ projectYears: 11 })).toThrow(/above the maximum 10/)
    expect(parse({ projectYears: 2.5 })).toThrow(/whole number/)
  })

  it.each([
    ['dayCarePlaces', 'dayCare'],
    ['shortTermCarePlaces', 'shortTermCare'],
    ['supportGroups', 'supportServices'],
    ['integrationOfficerPercent', 'integrationOfficer'],
  ])('asks %s in the project step only when the measures include %s', (id, measure) => {
    expect(stepOf(id)).toBe('project')
    expect(ids({})).not.toContain(id)
    expect(ids({ measures: ['coordination', 'meetingPlace', 'sharedFlat'] })).not.toContain(id)
    expect(ids({ measures: ['meetingPlace', measure] })).toContain(id)
    expect(parse({ [id]: 0 })()).toEqual({ [id]: 0 })
    expect(parse({ [id]: -1 })).toThrow(/below the minimum 0/)
  })

  it('asks the quantities right after the founders of a shared flat', () => {
    const project = questionnaire.steps.find((s) => s.id === 'project')!.questions.map((q) => q.id)
    const at = project.indexOf('sharedFlatFounders')
    expect(project.slice(at, at + 5)).toEqual([
      'sharedFlatFounders',
      'dayCarePlaces',
      'shortTermCarePlaces',
      'supportGroups',
      'integrationOfficerPercent',
    ])
  })

  it('counts the integration officer post in percent of a full-time post, up to ten posts', () => {
    expect(parse({ integrationOfficerPercent: 1000 })()).toEqual({
      integrationOfficerPercent: 1000,
    })
    expect(parse({ integrationOfficerPercent: 1001 })).toThrow(/above the maximum 1000/)
  })

  it('asks ruralCharacter only in a densely populated area or its fringe zone', () => {
    expect(stepOf('ruralCharacter')).toBe('place')
    const shownFor = ['denseArea', 'fringeZone', 'ruralCentre', 'rural'].filter((areaCategory) =>
      ids({ areaCategory }).includes('ruralCharacter'),
    )
    expect(shownFor).toEqual(['denseArea', 'fringeZone'])
    expect(ids({})).not.toContain('ruralCharacter')
    expect(parse({ ruralCharacter: false })()).toEqual({ ruralCharacter: false })
  })

  it('accepts the new options next to the old ones', () => {
    const answers = {
      themes: ['family', 'youth'],
      measures: ['dayCare', 'shortTermCare', 'coordination', 'integrationOfficer'],
      existingFacilities: ['supportOfferRecognised', 'quartiersimpulseFunded'],
    }
    expect(parse(answers)()).toEqual(answers)
  })

  it('no longer offers short-term care under the day-care option, which has its own', () => {
    const measures = questions.get('measures')!.options!
    const label = (value: string) => measures.find((o) => o.value === value)!.label.de
    expect(label('dayCare')).not.toMatch(/Kurzzeit/)
    expect(label('shortTermCare')).toMatch(/Kurzzeitpflege/)
  })
})
