// Bundled UI texts: small enough to ship with the app, so switching language needs no request.
import deCommon from './locales/de/common.json'
import deStart from './locales/de/start.json'
import deQuestionnaire from './locales/de/questionnaire.json'
import deReview from './locales/de/review.json'
import deResults from './locales/de/results.json'
import deCombinations from './locales/de/combinations.json'
import enCommon from './locales/en/common.json'
import enStart from './locales/en/start.json'
import enQuestionnaire from './locales/en/questionnaire.json'
import enReview from './locales/en/review.json'
import enResults from './locales/en/results.json'
import enCombinations from './locales/en/combinations.json'

export const resources = {
  de: {
    common: deCommon,
    start: deStart,
    questionnaire: deQuestionnaire,
    review: deReview,
    results: deResults,
    combinations: deCombinations,
  },
  en: {
    common: enCommon,
    start: enStart,
    questionnaire: enQuestionnaire,
    review: enReview,
    results: enResults,
    combinations: enCombinations,
  },
} as const

export const NAMESPACES = Object.keys(resources.de) as (keyof (typeof resources)['de'])[]
