// Every UI text of both languages, for the key types (i18next.d.ts), the key test and the build's
// prerendering. The app itself never imports this module: it ships the start page's texts with
// the entry and loads the rest per language (config.ts, backend.ts).
import { texts as de } from './texts/de'
import { texts as en } from './texts/en'

export const resources = { de, en } as const
