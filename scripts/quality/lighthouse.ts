// Lighthouse 12 with its default mobile settings (simulated slow 4G, 4x CPU slowdown).
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { BUDGETS } from './budgets'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

export type Category = keyof typeof BUDGETS.lighthouse
export const CATEGORIES = Object.keys(BUDGETS.lighthouse) as Category[]

export interface LighthouseFigures {
  scores: Record<Category, number>
  /** Metrics in milliseconds (CLS unitless), as Lighthouse simulates them for a mobile phone. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number }
  /** Audits that did not pass, for the log when a score drops. */
  failing: string[]
}

export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    })
    if (!result) throw new Error('Lighthouse returned no result')
    const { categories, audits } = result.lhr
    const score = (c: Category) => Math.round((categories[c]?.score ?? 0) * 100)
    const metric = (id: string) => Math.round((audits[id]?.numericValue ?? NaN) * 1000) / 1000
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>,
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        si: metric('speed-index'),
      },
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map((a) => `${a.id} (${a.score})`),
    }
  } finally {
    chrome.kill()
  }
}

/** The categories scored below their limits: by default the report's budgets. */
export const lighthouseFailures = (
  f: LighthouseFigures,
  limits: Record<Category, number> = BUDGETS.lighthouse,
) => CATEGORIES.filter((c) => f.scores[c] < limits[c])
