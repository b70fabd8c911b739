import { createInstance, type i18n as I18n } from 'i18next'
import type { Lang } from '../domain/index'
import { loadTexts, textsBackend } from './backend'

/**
 * A fresh instance per app (and per test), so no test leaks its language into another. No text
 * ships with the entry chunk: index.html already shows the German start page, and the app takes
 * it over only once its language's first chunk is there (with the catalogue and the screens). A
 * language switch completes once that language's texts of every namespace in use are there, so
 * no screen ever shows a key
 * in place of a text.
 */
export function createI18n(lang: Lang): I18n {
  const instance = createInstance()
  // No initReactI18next: the app hands its instance down through I18nextProvider, never globally.
  void instance.use(textsBackend).init({
    lng: lang,
    // Both languages have the same keys (tests/ui/i18n-keys.test.ts): an English visit needs no
    // German chunk.
    fallbackLng: false,
    // None at first: the instance is ready at once, and allTextsReady adds the first chunk's.
    ns: [],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
  })
  return instance
}

/**
 * Resolves once the start's and the questionnaire's texts are there in the current language (the
 * first chunk); the results' screens load theirs (src/ui/screens/result-texts.ts).
 */
export const allTextsReady = (i18n: I18n): Promise<void> =>
  loadTexts[i18n.language as Lang]().then(({ texts }) => i18n.loadNamespaces(Object.keys(texts)))
