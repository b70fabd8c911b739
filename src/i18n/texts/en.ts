// Every UI text in en, in one chunk of its own: loaded when the app needs more than the start
// page, or when the language is switched to it (src/i18n/backend.ts).
import common from '../locales/en/common.json'
import start from '../locales/en/start.json'
import questionnaire from '../locales/en/questionnaire.json'
import review from '../locales/en/review.json'
import results from '../locales/en/results.json'
import combinations from '../locales/en/combinations.json'
import share from '../locales/en/share.json'
import compare from '../locales/en/compare.json'
import handout from '../locales/en/handout.json'

export const texts = {
  common,
  start,
  questionnaire,
  review,
  results,
  combinations,
  share,
  compare,
  handout,
}
