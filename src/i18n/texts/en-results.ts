// The UI texts in en that only the results' screens and an opened share link show, in a chunk
// of their own: loaded when the page is idle or such a screen is opened (src/i18n/backend.ts).
import results from '../locales/en/results.json'
import combinations from '../locales/en/combinations.json'
import share from '../locales/en/share.json'
import compare from '../locales/en/compare.json'
import handout from '../locales/en/handout.json'

export const texts = { results, combinations, share, compare, handout }
