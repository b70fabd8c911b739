import { createInstance, type i18n as I18n, type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../domain/index'
import { textsBackend } from './backend'
import { NAMESPACES } from './namespaces'

/**
 * A fresh instance per app (and per test), so no test leaks its language into another. No text
 * ships with the entry chunk: index.html already shows the German start page, and the app takes
 * it over only once its language's chunk is there (with the catalogue and the screens). A
 * language switch completes once that language's chunk is there, so no screen ever shows a key
 * in place of a text. `texts` given (the build's prerendering), those are at hand at once.
 */
export function createI18n(lang: Lang, texts?: Resource): I18n {
  const instance = createInstance()
  void instance
    .use(textsBackend)
    .use(initReactI18next)
    .init({
      lng: lang,
      // Both languages have the same keys (tests/ui/i18n-keys.test.ts): an English visit needs no
      // German chunk.
      fallbackLng: false,
      supportedLngs: ['de', 'en'],
      ns: ['common', 'start'],
      defaultNS: 'common',
      ...(texts && { resources: texts, partialBundledLanguages: true }),
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
    })
  return instance
}

/** Resolves once the texts the start page shows are there in the current language. */
export const startTextsReady = (i18n: I18n): Promise<void> =>
  i18n.loadNamespaces(['common', 'start'])

/** Resolves once every screen's texts are there in the current language. */
export const allTextsReady = (i18n: I18n): Promise<void> => i18n.loadNamespaces([...NAMESPACES])
