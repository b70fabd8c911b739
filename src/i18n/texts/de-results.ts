// The UI texts in de that only the results' screens and an opened share link show, in a chunk
// of their own: loaded when the page is idle or such a screen is opened (src/i18n/backend.ts).
import results from '../locales/de/results.json'
import combinations from '../locales/de/combinations.json'
import share from '../locales/de/share.json'
import compare from '../locales/de/compare.json'
import handout from '../locales/de/handout.json'

export const texts = { results, combinations, share, compare, handout }
