// Splits the browser's catalogue into what the first screen needs and what waits to be asked
// for (issue 14). A first visit loads a language-free skeleton (rules, amounts, dates) and the
// texts of its own language; the other language loads on a switch, and the long texts (money
// notes, prerequisites, notes on calls and requirements) and the sources when a programme
// card is opened, a plan screen, the handout or an export needs them. src/catalogue-source.ts
// puts the pieces back together in the browser.
import type { AppData } from '../../src/catalogue-source'
// Leaf modules without imports of their own, so Vite's config loader bundles just these files.
import { DETAIL_SLOT, TEXT_SLOT, type DetailsPack } from '../../src/catalogue-slots.ts'
import { LANGS, type Lang, type LocalizedText } from '../../src/domain/text.ts'

/** Texts only a programme card's details, the plan screens, the handout or an export show. */
const DETAIL_PATHS = new Set([
  'catalogue.programs.*.money.note',
  'catalogue.programs.*.prerequisites.*.text',
  'catalogue.programs.*.windows.recurrence.note',
  'catalogue.programs.*.combination.requires.*.note',
])

export interface SplitAppData {
  /** AppData with every text replaced by a numbered slot and without sources. */
  skeleton: unknown
  /** Per language, the first screen's texts in slot order. */
  texts: Record<Lang, string[]>
  details: Record<Lang, DetailsPack>
}

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === LANGS.length &&
  LANGS.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')

export function splitAppData(data: AppData): SplitAppData {
  const texts: LocalizedText[] = []
  const details: LocalizedText[] = []
  const walk = (value: unknown, path: string): unknown => {
    if (isText(value)) {
      const list = DETAIL_PATHS.has(path) ? details : texts
      list.push(value)
      return { [list === texts ? TEXT_SLOT : DETAIL_SLOT]: list.length - 1 }
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, `${path}.*`))
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k)]),
      )
    return value
  }
  const programs = data.catalogue.programs.map((p) => ({ ...p, sources: [] }))
  const skeleton = walk({ ...data, catalogue: { ...data.catalogue, programs } }, '')
  const sources = data.catalogue.programs.map((p) => p.sources)
  const byLang = <T>(f: (lang: Lang) => T) =>
    Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>
  return {
    skeleton,
    texts: byLang((l) => texts.map((t) => t[l])),
    details: byLang((l) => ({ texts: details.map((t) => t[l]), sources })),
  }
}
