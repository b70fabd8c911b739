// Units a programme pays per, and the question that counts each for this project.
import type { Answers } from '../answers/answer'
import type { Unit } from '../catalogue/vocabulary'

interface UnitSource {
  question: string
  /** The answer times `scale` is the count (a post's percentage of full time → posts). */
  scale: number
}

export const UNIT_QUESTIONS: Record<Exclude<Unit, 'other'>, UnitSource> = {
  year: { question: 'projectYears', scale: 1 },
  founder: { question: 'sharedFlatFounders', scale: 1 },
  dayCarePlace: { question: 'dayCarePlaces', scale: 1 },
  shortTermCarePlace: { question: 'shortTermCarePlaces', scale: 1 },
  supportGroup: { question: 'supportGroups', scale: 1 },
  fullTimePost: { question: 'integrationOfficerPercent', scale: 0.01 },
}

/** The question counting `unit`, or null for units no question counts. */
export function unitQuestion(unit: Unit): string | null {
  return unit === 'other' ? null : UNIT_QUESTIONS[unit].question
}

/** How many `unit`s this project has, or null when the question is unanswered (never guessed). */
export function unitCount(unit: Unit, answers: Answers): number | null {
  if (unit === 'other') return null
  const { question, scale } = UNIT_QUESTIONS[unit]
  const value = answers[question]
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value * scale : null
}
