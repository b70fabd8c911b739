// The quality budgets of issues 7 and 14. CI fails when a gated one is exceeded; `npm run report`
// prints them all beside their figures and exits 1 when any is exceeded. Where a budget is not
// yet the target, the target stands beside it and the report prints both.
export const BUDGETS = {
  /**
   * Entry chunk plus everything it imports statically, and the app it imports at once
   * (src/boot.ts → src/main.tsx), gzip, in kB (1,000 bytes). Issue 14's target. Measured 88.6 kB
   * on 2026-11-29 (91.2 before: the answer checks, the catalogue's assembly and most of
   * react-i18next left the entry); 90.0 with the screens in chunks of their own (React and the
   * store in a chunk beside the app's, which the screens share).
   */
  initialJsKb: 90,
  /** All CSS the first page loads, gzip, in kB. Measured 13.7 kB. */
  cssKb: 30,
  /**
   * JavaScript and data the first usable screen waits for (entry, its language's texts, the
   * start screen and the catalogue), gzip, in kB. Measured 166.7 kB on 2026-11-29 (216.9 before
   * the catalogue was split by language and its long texts were left for later), 140.4 once each
   * screen had a chunk of its own (the start screen's path without the search and the other
   * screens). 119.2 on 2026-11-30, issue 14's target: the programmes' texts, the results'
   * screens' interface texts, the share link's gate and decoder and the reset dialog load when
   * the page is idle or when asked for (tests/e2e/start-downloads.spec.ts checks in Chromium
   * that a start fetches exactly these files before its start page works).
   */
  startKb: { budget: 120, target: 120 },
  /**
   * The catalogue's part of startKb: the language-free skeleton and the questionnaire's German
   * texts. Measured 29.6 kB on 2026-11-29 (79.4 before: both languages, sources and long texts);
   * 16.4 on 2026-11-30 with the programmes' texts left for the results' screens.
   */
  catalogueKb: { budget: 25, target: 25 },
  /** Lighthouse mobile category scores, 0–100. */
  // Performance 90 since 2026-11-29: at the final commit of that session three clean-clone runs
  // on a 2-core machine gave 94, 97 | 94, 93, 92 (best of three 97 and 94) with a 100.8 kB entry
  // chunk. Issue 14's runs on 2026-11-29 (load average 8 to 16 from four other sessions) gave 87,
  // 80, 85 before and 68 after its changes: under such load the score says more about the
  // machine than about the page, so the budget stays at 90 until a quiet machine's runs say more.
  lighthouse: { performance: 90, accessibility: 95, 'best-practices': 95, seo: 95 },
  /**
   * Milliseconds from navigation to ready in Chromium with 4× CPU throttling, median of 5 runs
   * (scripts/quality/timings.ts); the targets are issue 14's. Tightened on 2026-11-29 after the
   * catalogue split (link → results 2,692–3,056 ms, start button 2,340–2,681, start visible
   * 1,096–1,152 on a clean clone at load average 2–4), and again on 2026-11-30 after the start
   * page stopped waiting for Intl's data, the module hints and the app's stylesheet, and its
   * start button began to work before the app (src/early-start.ts): three `npm run report`
   * runs on a clean clone at load average 1.9–4.4 gave start visible 892 / 996 / 876 ms, start
   * button 991 / 1,068 / 860 ms, link → results 2,756 / 2,924 / 2,488 ms, and CI's gate 2,600 /
   * 1,435 ms. Each budget keeps a margin of about 1.4× over the slowest of these: under the load
   * of other sessions (8–14) the link took up to 6.6 s on 2026-11-29, the machine, not the page.
   */
  timingsMs: {
    /** A share link's results visible. */
    linkToResults: { budget: 4000, target: 1000 },
    /** The start page's start button wired up by the app. */
    startButtonWorks: { budget: 2000, target: 1000 },
    /** The start page on screen. */
    startVisible: { budget: 1400, target: 600 },
  },
} as const
