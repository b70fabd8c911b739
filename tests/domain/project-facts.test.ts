import { describe, expect, it } from 'vitest'
import { effectiveAnswers, projectFacts, type Questionnaire } from '../../src/domain/index'
import { questionnaire } from '../fixtures/data'
import weinheim from '../scenarios/weinheim-luetzelsachsen.json'

const effective = effectiveAnswers(questionnaire, weinheim.answers as never)

describe('projectFacts', () => {
  it('reads organisations, costs, own funds, start and phases from the answers', () => {
    const facts = projectFacts(questionnaire, effective)
    expect(facts.organisations).toEqual(effective.organisations)
    expect(facts.costs).toEqual(effective.projectCosts)
    expect(Object.keys(facts.costs).length).toBeGreaterThan(0)
    expect(facts.phases).toEqual(effective.phases ?? [])
  })

  it('finds the costs under whichever question holds the cost matrix', () => {
    const renamed: Questionnaire = {
      ...questionnaire,
      steps: questionnaire.steps.map((s) => ({
        ...s,
        questions: s.questions.map((q) => (q.type === 'costMatrix' ? { ...q, id: 'costs' } : q)),
      })),
    }
    const { projectCosts, ...rest } = effective
    const answers = { ...rest, costs: projectCosts! }
    expect(projectFacts(renamed, answers).costs).toEqual(effective.projectCosts)
  })

  it('leaves out what was not answered', () => {
    expect(projectFacts(questionnaire, {})).toEqual({
      organisations: [],
      costs: {},
      ownFunds: null,
      plannedStart: null,
      phases: [],
    })
  })
})
