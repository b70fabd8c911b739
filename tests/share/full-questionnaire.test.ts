import { describe, expect, it } from 'vitest'
import fullAnswers from '../fixtures/full-answers.json'
import { questionnaire } from '../fixtures/data'
import { CURRENT_SHARE_SCHEMA } from '../../src/domain/share/versions/index'
import { expectedAnswers, open, share } from './helpers'

const allIds = questionnaire.steps.flatMap((s) => s.questions.map((q) => q.id))

describe('the share link of a fully answered questionnaire', () => {
  it('uses a fixture that answers every question', () => {
    expect(Object.keys(fullAnswers).sort()).toEqual([...allIds].sort())
  })

  // 92 characters with share schema v2 (84 with v1, before its six questions were added).
  it('stays under 100 characters without combinations and restores every answer', () => {
    const link = share({ answers: fullAnswers, combinations: [] })
    expect(link).toMatch(new RegExp(`^#v${CURRENT_SHARE_SCHEMA.version}\\.`))
    expect(link.length).toBeLessThan(100)
    const result = open(link)
    expect(result.ok && result.answers).toEqual(expectedAnswers(fullAnswers))
  })

  it('stays within 200 characters, even with three combinations', () => {
    const link = share({
      answers: fullAnswers,
      combinations: [
        ['q2030-quartiersimpulse', 'stiftung-aktion-mensch'],
        ['q2030-quartiersimpulse', 'stiftung-fernsehlotterie'],
        ['stiftung-aktion-mensch'],
      ],
    })
    expect(link.length).toBeLessThanOrEqual(200)
    expect(open(link).ok).toBe(true)
  })
})
