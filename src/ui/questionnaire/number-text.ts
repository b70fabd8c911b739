import type { Lang } from '../../domain/index'

/**
 * Reads a number typed the way people write it: German "85.000" or "85.000,50", English
 * "85,000". Returns null for empty input and NaN for anything that is not a number.
 */
export function parseNumberText(text: string, lang: Lang): number | null {
  const trimmed = text.replace(/[\s\u00a0€]/g, '').replace(/(EUR|Euro)$/i, '')
  if (trimmed === '') return null
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.']
  const pattern =
    lang === 'de'
      ? /^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/
      : /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/
  if (!pattern.test(trimmed)) return Number.NaN
  return Number(trimmed.split(group).join('').replace(decimal, '.'))
}

export function formatNumberText(value: number | undefined, lang: Lang): string {
  if (value === undefined) return ''
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value)
}
