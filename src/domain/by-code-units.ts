/**
 * Orders ISO dates and kebab-case ids by their characters: the same order a collator gives
 * them (hyphen, digits, letters), without asking ICU on every comparison of a hot sort, and
 * without an Intl.Collator at all: the first one a page builds loads the browser's collation
 * data, 50–80 ms of the main thread at 4× CPU throttling (Chromium, measured 2026-11-30).
 */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
