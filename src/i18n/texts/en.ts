// The UI texts in en that the start, the questionnaire and its review show, in one chunk of its
// own: loaded when the app takes over the start page, or when the language is switched to it.
// The results' screens have theirs in en-results.ts, loaded through this chunk so that the
// entry need not know it (src/i18n/backend.ts).
import common from '../locales/en/common.json'
import start from '../locales/en/start.json'
import questionnaire from '../locales/en/questionnaire.json'
import review from '../locales/en/review.json'

export const texts = { common, start, questionnaire, review }

export const loadResultTexts = () => import('./en-results')
