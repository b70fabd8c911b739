// Splits the browser's catalogue into what the first screen needs and what waits to be asked
// for (issue 14). A first visit loads a language-free skeleton (rules, amounts, dates) and the
// questionnaire's texts in its own language; the other language loads on a switch. The
// programmes' texts load when the page is idle or a results' screen shows them, the long texts (money notes, prerequisites, notes on calls and requirements)
// and the sources when a programme card is opened, a plan screen, the handout or an export needs
// them. src/catalogue-source.ts puts the pieces back together in the browser.
import type { AppData } from '../../src/catalogue-source'
// Leaf modules without imports of their own, so Vite's config loader bundles just these files.
import { SLOTS, type DetailsPack, type PieceKind } from '../../src/catalogue-slots.ts'
import { LANGS, type Lang, type LocalizedText } from '../../src/domain/text.ts'

/** Texts only a programme card's details, the plan screens, the handout or an export show. */
const DETAIL_PATHS = new Set([
  'catalogue.programs.*.money.note',
  'catalogue.programs.*.prerequisites.*.text',
  'catalogue.programs.*.windows.recurrence.note',
  'catalogue.programs.*.combination.requires.*.note',
])

/**
 * The questionnaire's texts are the first screens'; the programmes' other texts (names,
 * summaries, criteria and their explanations, the labels of amounts) only the results' screens
 * and the questionnaire's word on ruled-out families show.
 */
const kindOf = (path: string): PieceKind =>
  DETAIL_PATHS.has(path) ? 'details' : path.startsWith('catalogue.programs.') ? 'results' : 'texts'

export interface SplitAppData {
  /** AppData with every text replaced by a numbered slot and without sources. */
  skeleton: unknown
  /** Per language, the questionnaire's texts in slot order. */
  texts: Record<Lang, string[]>
  /** Per language, the programmes' texts (but the details) in slot order. */
  results: Record<Lang, string[]>
  details: Record<Lang, DetailsPack>
}

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === LANGS.length &&
  LANGS.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')

export function splitAppData(data: AppData): SplitAppData {
  const lists: Record<PieceKind, LocalizedText[]> = { texts: [], results: [], details: [] }
  const walk = (value: unknown, path: string): unknown => {
    if (isText(value)) {
      const kind = kindOf(path)
      const index = lists[kind].push(value) - 1
      return { [SLOTS[kind]]: index }
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, `${path}.*`))
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k)]),
      )
    return value
  }
  // Sources and open questions come whole with the details, outside the skeleton's slots: a
  // slot each would grow what every first visit loads.
  const programs = data.catalogue.programs.map((p) => ({ ...p, sources: [], unknowns: [] }))
  const skeleton = walk({ ...data, catalogue: { ...data.catalogue, programs } }, '')
  const sources = data.catalogue.programs.map((p) => p.sources)
  const byLang = <T>(f: (lang: Lang) => T) =>
    Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>
  const strings = (kind: PieceKind, l: Lang) => lists[kind].map((t) => t[l])
  return {
    skeleton,
    texts: byLang((l) => strings('texts', l)),
    results: byLang((l) => strings('results', l)),
    details: byLang((l) => ({
      texts: strings('details', l),
      sources,
      unknowns: data.catalogue.programs.map((p) => p.unknowns.map((u) => u[l])),
    })),
  }
}
