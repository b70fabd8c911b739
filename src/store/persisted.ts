import type { Answers } from '../domain/index'
import { asResultsFilter, initialInputs, isLang, isScreen, type AppInputs } from './inputs'

export const PERSIST_VERSION = 1
export type PersistedState = AppInputs

/**
 * Turns whatever local storage holds into valid inputs. Version 0 (before the app was released)
 * stored the answers alone; anything unreadable falls back to a fresh start rather than a crash.
 * Answers are checked against the questionnaire later, once it has loaded (keepValidAnswers).
 */
export function migratePersisted(persisted: unknown, version: number): PersistedState {
  const fresh = initialInputs()
  if (persisted === null || typeof persisted !== 'object') return fresh
  const raw = persisted as Record<string, unknown>
  if (version === 0) return { ...fresh, answers: asAnswers(raw) }
  return {
    answers: asAnswers(raw.answers),
    screen: isScreen(raw.screen) ? raw.screen : fresh.screen,
    lang: isLang(raw.lang) ? raw.lang : fresh.lang,
    chosen: Array.isArray(raw.chosen)
      ? raw.chosen.filter((k): k is string => typeof k === 'string')
      : [],
    // Stored since issue 12 within the same version: absent means no filter.
    resultsFilter: asResultsFilter(raw.resultsFilter),
  }
}

/**
 * The inputs all tabs of the app share. The screen and the results filters stay each tab's own: another tab's navigation
 * must not move this one (nor add to its browser history).
 */
export function sharedInputs({ answers, lang, chosen }: PersistedState) {
  return { answers, lang, chosen }
}

function asAnswers(value: unknown): Answers {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Answers)
    : {}
}
