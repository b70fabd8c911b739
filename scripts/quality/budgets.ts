// The quality budgets of issue 7. CI fails when one is exceeded; `npm run report` prints them all.
export const BUDGETS = {
  /** Entry chunk plus everything it imports statically, gzip, in kB (1,000 bytes). */
  initialJsKb: 100,
  /** All CSS the first page loads, gzip, in kB. */
  cssKb: 30,
  /** Lighthouse mobile category scores, 0–100. */
  lighthouse: { performance: 95, accessibility: 95, 'best-practices': 95, seo: 95 },
} as const
