// The app's data arrive in chunks of their own, so they do not weigh on the initial JavaScript.
// The build has checked and parsed them, and split them (scripts/build/split-app-data.ts): a
// first visit loads the language-free skeleton and its own language's texts; the other
// language loads on a switch, the long texts and sources when something asks for them
// (catalogue-pieces.ts, which puts them together and loads with the screens).
import type { Catalogue, Questionnaire } from './domain/index'
import type { Lang } from './domain/text'
import { CATALOGUE_TEXTS } from './catalogue-texts'

export interface AppData {
  catalogue: Catalogue
  questionnaire: Questionnaire
}

let pending: Promise<AppData> | undefined

/** The catalogue with every first-screen text in `lang`; loaded once per page. */
export function loadAppData(lang: Lang = 'de'): Promise<AppData> {
  pending ??= Promise.all([
    import('virtual:app-data'),
    CATALOGUE_TEXTS[lang](),
    import('./catalogue-pieces'),
  ]).then(([{ default: data }, { default: strings }, pieces]) =>
    pieces.assemble(data, strings, lang),
  )
  return pending
}
