import { describe, expect, it } from 'vitest'
import { isRealDate } from '../../src/domain/index'

describe('isRealDate', () => {
  it.each([
    ['2027-05-01', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    // A date field passes through these while the year is typed digit by digit.
    ['0002-01-05', true],
    ['0020-01-05', true],
    ['0202-01-05', true],
    ['27-05-01', false],
  ])('%s → %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected)
  })
})
