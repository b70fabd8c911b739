// Puts the browser's catalogue together from its pieces (catalogue-source.ts) and loads the
// ones a first visit does without: the other language's texts, the results' texts, the long
// texts and sources. Everything lands in the objects the app already holds, so cached results
// see it too.
import type { AppData } from './catalogue-source'
import { CATALOGUE_TEXTS } from './catalogue-texts'
import {
  fillSlots,
  openSlots,
  type DetailsPack,
  type PieceKind,
  type Slots,
} from './catalogue-slots'
import { LANGS, type Lang, type LocalizedText } from './domain/text'
import { loadOnce } from './load-once'

const LOADERS: Record<
  PieceKind,
  Record<Lang, () => Promise<{ default: string[] | DetailsPack }>>
> = {
  texts: CATALOGUE_TEXTS,
  results: {
    de: () => import('virtual:app-data/results-de'),
    en: () => import('virtual:app-data/results-en'),
  },
  details: {
    de: () => import('virtual:app-data/details-de'),
    en: () => import('virtual:app-data/details-en'),
  },
}

interface Pieces {
  slots: Slots
  /** The language the data were first loaded in. */
  lang: Lang
  loading: Map<string, Promise<void>>
  /** Pieces in place (`kind:lang`), not just on their way. */
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
    lang,
    loading: new Map([[`texts:${lang}`, Promise.resolve()]]),
    done: new Set([`texts:${lang}`]),
  })
  return data
}

// Data not loaded in pieces (tests, the build's prerendering) have everything from the start.
const pieces = (data: AppData) => piecesOf.get(data.catalogue.programs)

/** True when the `kind` texts in `lang` are in place. */
export const hasPiece = (data: AppData, kind: PieceKind, lang: Lang) =>
  pieces(data)?.done.has(`${kind}:${lang}`) ?? true

/** True when the `kind` texts are in place in some language, which stands in for the others. */
export const hasPieceInAnyLanguage = (data: AppData, kind: PieceKind) =>
  LANGS.some((lang) => hasPiece(data, kind, lang))

/**
 * Loads the `kind` texts in `lang` (by default the language the data were first loaded in) into
 * the same objects; the details' first language also brings every programme's sources, and
 * each language its open questions.
 */
export function loadPiece(data: AppData, kind: PieceKind, lang?: Lang): Promise<void> {
  const p = pieces(data)
  if (!p) return Promise.resolve()
  const into = lang ?? p.lang
  return loadOnce(p.loading, `${kind}:${into}`, () =>
    LOADERS[kind][into]().then(({ default: piece }) => {
      const first = !hasPieceInAnyLanguage(data, kind)
      fillSlots(p.slots[kind], Array.isArray(piece) ? piece : piece.texts, into, LANGS, first)
      if (!Array.isArray(piece))
        data.catalogue.programs.forEach((program, i) => {
          const unknowns = piece.unknowns[i]!
          if (first) {
            program.sources.push(...piece.sources[i]!)
            program.unknowns.push(...unknowns.map(() => ({}) as LocalizedText))
          }
          fillSlots(program.unknowns, unknowns, into, LANGS, first)
        })
      p.done.add(`${kind}:${into}`)
    }),
  )
}
