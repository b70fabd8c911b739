import type { AnswerValue, CostMatrix } from '../answers/answer'
import type { Question } from '../questionnaire/schema'
import type { Lang } from '../text'

const YES_NO = { de: ['ja', 'nein'], en: ['yes', 'no'] } as const
const NONE = { de: 'keine Angabe', en: 'none' } as const

// Euros and whole numbers are written by hand, in the form Intl.NumberFormat gives them: the
// first NumberFormat a page builds loads the browser's number data, 120–220 ms of the main
// thread at 4× CPU throttling (measured in Chromium on 2026-11-30), and a share link's results
// show euros in their first paint. Values the hand form does not cover (fractions of a whole
// number, NaN, ±∞, beyond 10^15) still go to Intl, built on first use.
const GROUP = { de: '.', en: ',' } as const
const LOCALE = { de: 'de-DE', en: 'en-GB' } as const
const LARGEST_BY_HAND = 1e15

const euroByIntl: Partial<Record<Lang, Intl.NumberFormat>> = {}
const integerByIntl: Partial<Record<Lang, Intl.NumberFormat>> = {}

/** Intl's sign: a minus for negative numbers, negative zero ("-0 €") included. */
const minus = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '')

/** The digits of a whole number ≥ 0 below 10^15, grouped by threes. */
function grouped(whole: number, lang: Lang): string {
  const digits = String(whole)
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1)
  for (let i = out.length; i < digits.length; i += 3) out += GROUP[lang] + digits.slice(i, i + 3)
  return out
}

export function formatEuro(value: number, lang: Lang): string {
  if (!(Math.abs(value) < LARGEST_BY_HAND)) {
    euroByIntl[lang] ??= new Intl.NumberFormat(LOCALE[lang], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    })
    return euroByIntl[lang].format(value)
  }
  // Intl rounds half away from zero.
  const sign = minus(value)
  const digits = grouped(Math.round(Math.abs(value)), lang)
  return lang === 'de' ? `${sign}${digits}\u00a0€` : `${sign}€${digits}`
}

function formatInteger(value: number, lang: Lang): string {
  if (!Number.isInteger(value) || !(Math.abs(value) < LARGEST_BY_HAND)) {
    integerByIntl[lang] ??= new Intl.NumberFormat(LOCALE[lang])
    return integerByIntl[lang].format(value)
  }
  return minus(value) + grouped(Math.abs(value), lang)
}

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-')
  return lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`
}

/** Renders one answer the way a reader expects it: option labels, euros, dates in local form. */
export function formatAnswer(question: Question, value: AnswerValue, lang: Lang): string {
  const label = (v: string) => question.options?.find((o) => o.value === v)?.label[lang] ?? v
  switch (question.type) {
    case 'singleChoice':
      return label(String(value))
    case 'multiChoice': {
      const list = value as string[]
      return list.length === 0 ? NONE[lang] : list.map(label).join(', ')
    }
    case 'boolean':
      return value ? YES_NO[lang][0] : YES_NO[lang][1]
    case 'amount':
      return formatEuro(value as number, lang)
    case 'integer':
      return formatInteger(value as number, lang)
    case 'date':
      return formatDate(String(value), lang)
    case 'costMatrix':
      return formatEuro(sumMatrix(value as CostMatrix), lang)
  }
}

export function sumMatrix(matrix: CostMatrix): number {
  return Object.values(matrix).reduce(
    (sum, row) => sum + Object.values(row ?? {}).reduce((s, v) => s + (v ?? 0), 0),
    0,
  )
}

// Templates split once at their placeholders: [text, id, text, id, …, text]. The catalogue holds
// a few hundred; the bound only guards against a caller feeding endless distinct strings.
const PARTS_CACHE_LIMIT = 5000
const partsCache = new Map<string, string[]>()
function templateParts(template: string): string[] {
  let parts = partsCache.get(template)
  if (!parts) {
    parts = template.split(/\{\{(\w+)\}\}/)
    if (partsCache.size >= PARTS_CACHE_LIMIT) partsCache.clear()
    partsCache.set(template, parts)
  }
  return parts
}

/**
 * `fillTemplate` with the values asked for lazily: only the placeholders the template names are
 * looked up (formatting an answer costs more than filling it in).
 */
export function fillTemplateWith(
  template: string,
  value: (id: string) => string | undefined,
  lang: Lang,
): string {
  const parts = templateParts(template)
  let out = parts[0] as string
  for (let i = 1; i < parts.length; i += 2)
    out += (value(parts[i] as string) ?? NONE[lang]) + (parts[i + 1] as string)
  return out
}

/** Fills `{{questionId}}` placeholders; a placeholder without an answer stays readable. */
export function fillTemplate(
  template: string,
  values: ReadonlyMap<string, string>,
  lang: Lang,
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, id: string) => values.get(id) ?? NONE[lang])
}
