// Every UI text of both languages, for the key types (i18next.d.ts), the key test and the build's
// prerendering. The app itself never imports this module: it loads the texts per language and
// part (config.ts, backend.ts).
import { texts as de } from './texts/de'
import { texts as deResults } from './texts/de-results'
import { texts as en } from './texts/en'
import { texts as enResults } from './texts/en-results'

export const resources = { de: { ...de, ...deResults }, en: { ...en, ...enResults } } as const
