import type { Answers, Lang } from '../domain/index'

/** Where a change link came from, so "Weiter" can lead back there (GOV.UK check-answers pattern). */
export type ReturnTo = 'review' | 'results'

export type Screen =
  | { name: 'start' }
  | { name: 'step'; stepId: string; returnTo?: ReturnTo; focus?: string }
  | { name: 'review' }
  | { name: 'results' }
  | { name: 'combinations' }
  | { name: 'compare' }
  | { name: 'handout' }

export const SCREEN_NAMES = [
  'start',
  'step',
  'review',
  'results',
  'combinations',
  'compare',
  'handout',
] as const

export function isScreen(value: unknown): value is Screen {
  if (value === null || typeof value !== 'object') return false
  const name = (value as { name?: unknown }).name
  if (!(SCREEN_NAMES as readonly unknown[]).includes(name)) return false
  return name !== 'step' || typeof (value as { stepId?: unknown }).stepId === 'string'
}

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en'
}

/** Inputs only: everything the user chose. Results are derived from these by the domain. */
export interface AppInputs {
  answers: Answers
  screen: Screen
  lang: Lang
  /** Plan keys (programme ids joined by "+") the user marked for comparing. */
  chosen: string[]
  /** The results screen's filters ('' = all), kept so a reload shows the same list. */
  resultsFilter: ResultsFilter
}

export interface ResultsFilter {
  theme: string
  phase: string
  level: string
}

export const NO_RESULTS_FILTER: ResultsFilter = { theme: '', phase: '', level: '' }

/** A stored filter, field by field; anything else is no filter. */
export function asResultsFilter(value: unknown): ResultsFilter {
  const raw = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  const field = (key: keyof ResultsFilter) => (typeof raw[key] === 'string' ? raw[key] : '')
  return { theme: field('theme'), phase: field('phase'), level: field('level') }
}

export function initialInputs(lang: Lang = 'de'): AppInputs {
  return {
    answers: {},
    screen: { name: 'start' },
    lang,
    chosen: [],
    resultsFilter: NO_RESULTS_FILTER,
  }
}
