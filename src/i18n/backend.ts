import type { BackendModule, ReadCallback } from 'i18next'
import type { Lang } from '../domain/index'

type Texts = Record<string, object>

// One chunk per language: the precaching service worker holds both, so switching works offline.
export const loadTexts: Record<Lang, () => Promise<{ texts: Texts }>> = {
  de: () => import('./texts/de'),
  en: () => import('./texts/en'),
}

/** i18next asks for one namespace at a time; each language's chunk is fetched once. */
export const textsBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng: string, ns: string, callback: ReadCallback) {
    loadTexts[lng as Lang]().then(
      ({ texts }) => callback(null, texts[ns]!),
      (error: Error) => callback(error, false),
    )
  },
}
