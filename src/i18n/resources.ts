// Bundled UI texts: small enough to ship with the app, so switching language needs no request.
import deCommon from './locales/de/common.json'
import deStart from './locales/de/start.json'
import deQuestionnaire from './locales/de/questionnaire.json'
import deReview from './locales/de/review.json'
import deResults from './locales/de/results.json'
import deCombinations from './locales/de/combinations.json'
import deShare from './locales/de/share.json'
import deCompare from './locales/de/compare.json'
import deHandout from './locales/de/handout.json'
import enCommon from './locales/en/common.json'
import enStart from './locales/en/start.json'
import enQuestionnaire from './locales/en/questionnaire.json'
import enReview from './locales/en/review.json'
import enResults from './locales/en/results.json'
import enCombinations from './locales/en/combinations.json'
import enShare from './locales/en/share.json'
import enCompare from './locales/en/compare.json'
import enHandout from './locales/en/handout.json'

export const resources = {
  de: {
    common: deCommon,
    start: deStart,
    questionnaire: deQuestionnaire,
    review: deReview,
    results: deResults,
    combinations: deCombinations,
    share: deShare,
    compare: deCompare,
    handout: deHandout,
  },
  en: {
    common: enCommon,
    start: enStart,
    questionnaire: enQuestionnaire,
    review: enReview,
    results: enResults,
    combinations: enCombinations,
    share: enShare,
    compare: enCompare,
    handout: enHandout,
  },
} as const

export const NAMESPACES = Object.keys(resources.de) as (keyof (typeof resources)['de'])[]
