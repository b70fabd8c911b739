/**
 * Orders ISO dates and kebab-case ids by their characters: the same order a collator gives
 * them, without asking ICU on every comparison of a hot sort.
 */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
