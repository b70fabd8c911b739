import type { CostType, Phase } from '../questionnaire/schema'

export type CostMatrix = Partial<Record<CostType, Partial<Record<Phase, number>>>>
export type AnswerValue = string | string[] | number | boolean | CostMatrix
/** Answers keyed by question id: the one object the app, share links and the CLI carry. */
export type Answers = Record<string, AnswerValue>

/** An answer counts as given when it is present; an empty multi-choice is a given "none of these". */
export function isAnswered(answers: Answers, id: string): boolean {
  if (!Object.hasOwn(answers, id)) return false
  const value = answers[id]
  return value !== undefined && value !== null && value !== ''
}
