import type { AnswerValue, CostMatrix } from '../answers/answer'
import type { Question } from '../questionnaire/schema'
import type { Lang } from '../text'

const YES_NO = { de: ['ja', 'nein'], en: ['yes', 'no'] } as const
const NONE = { de: 'keine Angabe', en: 'none' } as const

// Building an Intl formatter costs far more than using one, so there is one per language.
const EURO = {
  de: new Intl.NumberFormat('de-DE', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }),
  en: new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }),
} as const

const INTEGER = { de: new Intl.NumberFormat('de-DE'), en: new Intl.NumberFormat('en-GB') } as const

export function formatEuro(value: number, lang: Lang): string {
  return EURO[lang].format(value)
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
      return INTEGER[lang].format(value as number)
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
