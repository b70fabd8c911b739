// Every UI text in de, in one chunk of its own: loaded when the app needs more than the start
// page, or when the language is switched to it (src/i18n/backend.ts).
import common from '../locales/de/common.json'
import start from '../locales/de/start.json'
import questionnaire from '../locales/de/questionnaire.json'
import review from '../locales/de/review.json'
import results from '../locales/de/results.json'
import combinations from '../locales/de/combinations.json'
import share from '../locales/de/share.json'
import compare from '../locales/de/compare.json'
import handout from '../locales/de/handout.json'

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
