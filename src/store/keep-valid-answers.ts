import { parseAnswers, type Answers, type Question } from '../domain/index'

/**
 * Keeps each stored answer the current questionnaire still accepts and drops the rest, so a
 * changed questionnaire or a tampered storage entry costs single answers, never the whole state.
 */
export function keepValidAnswers(
  answers: Answers,
  questions: ReadonlyMap<string, Question>,
): Answers {
  const kept: Answers = {}
  for (const [id, value] of Object.entries(answers)) {
    try {
      Object.assign(kept, parseAnswers({ [id]: value }, questions))
    } catch {
      // dropped: unknown question or a value it no longer accepts
    }
  }
  return kept
}
