import { createInstance, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../domain/index'
import { NAMESPACES, resources } from './resources'

/** A fresh instance per app (and per test), so no test leaks its language into another. */
export function createI18n(lang: Lang): I18n {
  const instance = createInstance()
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'de',
    supportedLngs: ['de', 'en'],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  })
  return instance
}
