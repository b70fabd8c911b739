import fc from 'fast-check'
import { expect, it, vi } from 'vitest'
import { formatAnswer, formatEuro, type Question } from '../../src/domain/index'

// The hand-written forms must be exactly what Intl.NumberFormat writes; Node's full ICU is the
// reference.
const intlEuro = {
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
}
const intlInteger = { de: new Intl.NumberFormat('de-DE'), en: new Intl.NumberFormat('en-GB') }
const integerQuestion = { id: 'q', type: 'integer' } as unknown as Question

const amounts = fc.oneof(
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.double({ min: -1e16, max: 1e16 }),
  fc.constantFrom(0, -0, 0.5, -0.5, 2.5, 999.5, 999_999.5, 1e15, -1e15, 1e21, NaN, Infinity),
)

it.each(['de', 'en'] as const)('writes euros as Intl does (%s)', (lang) => {
  fc.assert(
    fc.property(amounts, (v) => {
      expect(formatEuro(v, lang)).toBe(intlEuro[lang].format(v))
    }),
    { numRuns: 5_000 },
  )
})

it.each(['de', 'en'] as const)('writes whole numbers as Intl does (%s)', (lang) => {
  fc.assert(
    fc.property(amounts, (v) => {
      expect(formatAnswer(integerQuestion, v, lang)).toBe(intlInteger[lang].format(v))
    }),
    { numRuns: 5_000 },
  )
})

it('builds no Intl.NumberFormat for the amounts a plan shows', () => {
  const built = vi.spyOn(Intl, 'NumberFormat')
  try {
    expect(formatEuro(1_234_567, 'de')).toBe('1.234.567\u00a0€')
    expect(formatEuro(-80_000, 'en')).toBe('-€80,000')
    expect(formatAnswer(integerQuestion, 12_000, 'de')).toBe('12.000')
    expect(built).not.toHaveBeenCalled()
  } finally {
    built.mockRestore()
  }
})
