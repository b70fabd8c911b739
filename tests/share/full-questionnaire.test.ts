import { describe, expect, it } from 'vitest'
import fullAnswers from '../fixtures/full-answers.json'
import { questionnaire } from '../fixtures/data'
import { open, share } from './helpers'

const allIds = questionnaire.steps.flatMap((s) => s.questions.map((q) => q.id))

describe('the share link of a fully answered questionnaire', () => {
  it('uses a fixture that answers every question', () => {
    expect(Object.keys(fullAnswers).sort()).toEqual([...allIds].sort())
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
