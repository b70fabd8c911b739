import type { BackendModule, ReadCallback } from 'i18next'
import type { Lang } from '../domain/index'

type Texts = Record<string, object>

// Two chunks per language: the start's and the questionnaire's texts, and the results' screens'
// (which a start does without), loaded through the first. The precaching service worker holds
// all, so switching works offline.
export const loadTexts: Record<
  Lang,
  () => Promise<{ texts: Texts; loadResultTexts: () => Promise<{ texts: Texts }> }>
> = {
  de: () => import('./texts/de'),
  en: () => import('./texts/en'),
}

/**
 * i18next asks for one namespace at a time; each chunk is fetched once. A namespace not in the
 * first chunk is in the results' one.
 */
export const textsBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng: string, ns: string, callback: ReadCallback) {
    loadTexts[lng as Lang]()
      .then((first) => first.texts[ns] ?? first.loadResultTexts().then(({ texts }) => texts[ns]!))
      .then(
        (texts) => callback(null, texts),
        (error: Error) => callback(error, false),
      )
  },
}
