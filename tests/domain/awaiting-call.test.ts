import { describe, expect, it } from 'vitest'
import {
  awaitingCall,
  parseAnswers,
  recommendVerdicts,
  type DeadlineStatus,
  type ProgramRecommendation,
  type Verdict,
} from '../../src/domain/index'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

const status = (state: DeadlineStatus['state'], last: string | null = null): DeadlineStatus => ({
  state,
  next: null,
  opens: null,
  expected: false,
  last,
})
const program = (id: string, verdict: Verdict, deadline: DeadlineStatus) =>
  ({ id, verdict, deadline }) as ProgramRecommendation

describe('awaitingCall', () => {
  it('names the fitting and the still open dormant programmes with their last call, in order', () => {
    const programs = [
      program('a', 'eligible', status('dormant', '2022-12-30')),
      program('b', 'ineligible', status('dormant', '2023-11-20')),
      program('c', 'eligible', status('irregular')),
      program('d', 'open', status('dormant', '2024-05-21')),
      program('e', 'eligible', status('closed')),
    ]
    expect(awaitingCall({ programs })).toEqual([
      { programId: 'a', last: '2022-12-30', open: false },
      { programId: 'd', last: '2024-05-21', open: true },
    ])
  })

  it('names the two programmes the day-care scenario would have planned with', () => {
    // tests/scenarios: both fit (expect.eligible), both have no call on record since.
    const scenario = loadScenarios().find((s) => s.file.startsWith('tagespflege-'))!
    const answers = parseAnswers(scenario.answers, questions)
    const verdicts = recommendVerdicts(catalogue, questionnaire, answers, { today: scenario.today })
    expect(awaitingCall(verdicts)).toEqual(
      expect.arrayContaining([
        { programId: 'bw-innopflege', last: '2024-01-31', open: false },
        { programId: 'stiftung-fernsehlotterie', last: '2025-07-01', open: false },
      ]),
    )
  })
})
