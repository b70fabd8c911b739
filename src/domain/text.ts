import { z } from 'zod'

export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** Every user-facing text in data/ carries both languages; German is the primary one. */
export const localizedText = z.object({
  de: z.string().trim().min(1, 'German text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
})
export type LocalizedText = z.infer<typeof localizedText>

export function pickText(text: LocalizedText, lang: Lang): string {
  return text[lang]
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date')

/** True for an ISO date string naming a day that exists (rejects 2026-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}
