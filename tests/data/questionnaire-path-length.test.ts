import { describe, expect, it } from 'vitest'
import { allQuestions, visibleQuestions, type Answers } from '../../src/domain/index'
import { questionnaire } from '../fixtures/data'

// Every condition in the questionnaire asks whether some option was chosen or a flag is true,
// so choosing every option and answering every flag with "yes" shows the longest path.
function everythingChosen(): Answers {
  const answers: Answers = {}
  for (const q of allQuestions(questionnaire)) {
    if (q.type === 'multiChoice') answers[q.id] = (q.options ?? []).map((o) => o.value)
    if (q.type === 'boolean') answers[q.id] = true
  }
  return answers
}

describe('questionnaire length', () => {
  it('asks at most 25 questions on the longest path', () => {
    const shown = visibleQuestions(questionnaire, everythingChosen())
    expect(shown.length).toBeLessThanOrEqual(25)
    // The longest path really does reach the conditional questions.
    expect(shown.map((q) => q.id)).toEqual(expect.arrayContaining(['climatePact', 'renewalProgramme']))
  })
})
