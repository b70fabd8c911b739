import type { BackendModule, ReadCallback } from 'i18next'
import type { Lang } from '../domain/index'

// One chunk per language: the precaching service worker holds both, so switching works offline.
const load: Record<Lang, () => Promise<{ texts: Record<string, object> }>> = {
  de: () => import('./texts/de'),
  en: () => import('./texts/en'),
}

/** i18next asks for one namespace at a time; each language's chunk is fetched once. */
export const textsBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng: string, ns: string, callback: ReadCallback) {
    const chunk = load[lng as Lang]
    if (!chunk) return callback(new Error(`no UI texts for language "${lng}"`), false)
    chunk().then(
      ({ texts }) => callback(null, texts[ns] ?? {}),
      (error: unknown) => callback(error as Error, false),
    )
  },
}
