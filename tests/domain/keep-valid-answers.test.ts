import { expect, it } from 'vitest'
import { keepValidAnswers } from '../../src/domain/index'
import { questions } from '../fixtures/data'

// Moved from the store tests: the store now uses this domain function, as share links do.
it('keeps the stored answers the questionnaire accepts and drops the others one by one', () => {
  const kept = keepValidAnswers(
    { population: 4800, charitable: 'yes', unknownQuestion: 1, themes: ['care', 'nope'] },
    questions,
  )
  expect(kept.answers).toEqual({ population: 4800 })
})
