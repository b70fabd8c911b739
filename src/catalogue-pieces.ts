// Puts the browser's catalogue together from its pieces (catalogue-source.ts) and loads the
// ones a first visit does without: the other language's texts, the long texts and sources.
// Everything lands in the objects the app already holds, so cached results see it too.
import type { AppData } from './catalogue-source'
import { CATALOGUE_TEXTS } from './catalogue-texts'
import { fillSlots, openSlots, type DetailsPack, type Slots } from './catalogue-slots'
import { LANGS, type Lang } from './domain/text'
import { loadOnce } from './load-once'

const DETAILS: Record<Lang, () => Promise<{ default: DetailsPack }>> = {
  de: () => import('virtual:app-data/details-de'),
  en: () => import('virtual:app-data/details-en'),
}

interface Pieces {
  slots: Slots
  texts: Map<Lang, Promise<void>>
  details: Map<Lang, Promise<void>>
  /** Languages whose texts (details) are in place, not just on their way. */
  done: Set<string>
}

// Keyed by the programme list, which a shallow copy of the data (loaded-app.tsx) shares.
const piecesOf = new WeakMap<object, Pieces>()

/** The skeleton with its texts in `lang` standing in for every language until theirs arrive. */
export function assemble(data: AppData, strings: string[], lang: Lang): AppData {
  const slots = openSlots(data)
  fillSlots(slots.texts, strings, lang, LANGS, true)
  piecesOf.set(data.catalogue.programs, {
    slots,
    texts: new Map([[lang, Promise.resolve()]]),
    details: new Map(),
    done: new Set([lang]),
  })
  return data
}

// Data not loaded in pieces (tests, the build's prerendering) have everything from the start.
const pieces = (data: AppData) => piecesOf.get(data.catalogue.programs)

/** True when the texts in `lang` are in place. */
export const hasTexts = (data: AppData, lang: Lang) => pieces(data)?.done.has(lang) ?? true

/** True when the long texts and sources in `lang` are in place. */
export const hasDetails = (data: AppData, lang: Lang) =>
  pieces(data)?.done.has(`details:${lang}`) ?? true

/** Loads the first-screen texts in `lang` into the same objects (a language switch). */
export function loadTexts(data: AppData, lang: Lang): Promise<void> {
  const p = pieces(data)
  if (!p) return Promise.resolve()
  return loadOnce(p.texts, lang, () =>
    CATALOGUE_TEXTS[lang]().then(({ default: strings }) => {
      fillSlots(p.slots.texts, strings, lang, LANGS, false)
      p.done.add(lang)
    }),
  )
}

/** Loads the long texts in `lang` and, the first time, every programme's sources. */
export function loadDetails(data: AppData, lang: Lang): Promise<void> {
  const p = pieces(data)
  if (!p) return Promise.resolve()
  return loadOnce(p.details, lang, () =>
    DETAILS[lang]().then(({ default: pack }) => {
      const first = !LANGS.some((l) => p.done.has(`details:${l}`))
      fillSlots(p.slots.details, pack.texts, lang, LANGS, first)
      if (first)
        data.catalogue.programs.forEach((program, i) => program.sources.push(...pack.sources[i]!))
      p.done.add(`details:${lang}`)
    }),
  )
}
