export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** Every user-facing text in data/ carries both languages; German is the primary one. */
export interface LocalizedText {
  de: string
  en: string
}

export function pickText(text: LocalizedText, lang: Lang): string {
  return text[lang]
}

/** True for an ISO date string naming a day that exists (rejects 2026-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999, and a date field
  // passes through such years (0002, 0020, 0202, 2027) while its year is typed digit by digit.
  const date = new Date(0)
  date.setUTCFullYear(y, m - 1, d)
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}
