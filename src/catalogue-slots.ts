// The browser's catalogue arrives in pieces (scripts/build/split-app-data.ts): a skeleton whose
// texts are numbered slots, and per language the questionnaire's texts, the programmes' texts
// and their details. The pieces are put together in place, so every object a screen or a cached
// result already holds sees the texts as they arrive. No imports: Vite's config loader bundles
// this file for the build.
import type { Lang, LocalizedText } from './domain/text'

/** The kinds of text piece, each a chunk per language, and each kind's slot in the skeleton. */
export const SLOTS = {
  /** What the start and the questionnaire show: the questionnaire's texts. */
  texts: '$t',
  /** The programmes' texts the results' screens show: names, summaries, criteria, explanations. */
  results: '$r',
  /** What only an opened card, the plan screens, the handout or an export show. */
  details: '$d',
} as const

export type PieceKind = keyof typeof SLOTS

export interface Source {
  url: string
  title: string
  asOf: string
}

/**
 * One language's details: the long texts in slot order, each programme's sources, and each
 * programme's open questions in this language.
 */
export interface DetailsPack {
  texts: string[]
  sources: Source[][]
  unknowns: string[][]
}

export type Slots = Record<PieceKind, LocalizedText[]>

const KIND_OF_SLOT = new Map<string, PieceKind>(
  Object.entries(SLOTS).map(([kind, slot]) => [slot, kind as PieceKind]),
)

const slotOf = (value: object): [PieceKind, number] | null => {
  const keys = Object.keys(value)
  if (keys.length !== 1) return null
  const kind = KIND_OF_SLOT.get(keys[0]!)
  const index = (value as Record<string, unknown>)[keys[0]!]
  return kind && typeof index === 'number' ? [kind, index] : null
}

/** Replaces each slot of a parsed skeleton by an empty text object, listed by slot number. */
export function openSlots<T>(skeleton: T): Slots {
  const slots: Slots = { texts: [], results: [], details: [] }
  const visit = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value
    const slot = Array.isArray(value) ? null : slotOf(value)
    if (slot) {
      const text = {} as LocalizedText
      slots[slot[0]][slot[1]] = text
      return text
    }
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) record[key] = visit(record[key])
    return value
  }
  visit(skeleton)
  return slots
}

/**
 * Writes one language's strings into their slots. The first language also stands in for the
 * others until theirs arrive: a screen that renders in a language still on its way shows the
 * loaded one, never an empty text.
 */
export function fillSlots(
  slots: LocalizedText[],
  strings: readonly string[],
  lang: Lang,
  langs: readonly Lang[],
  first: boolean,
): void {
  slots.forEach((text, i) => {
    const value = strings[i]!
    if (first) for (const other of langs) text[other] = value
    text[lang] = value
  })
}
