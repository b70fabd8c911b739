// Time to a usable screen in Chromium with 4x CPU throttling (CDP Emulation.setCPUThrottlingRate),
// in a fresh profile without a service worker: a cold visit. Measured in the page from navigation
// start (performance.now()) to the first frame where the wanted content is in the DOM, and not
// before the first contentful paint: content in the DOM is not yet content on the screen.
import { chromium, type Browser } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { encodeShareLink } from '../../src/domain/index'
import { BUDGETS } from './budgets'
import { loadData } from '../lib/load-data'
import { startBaselinePage } from './baseline-page'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

const CPU_SLOWDOWN = 4
const RUNS = 5

/** A visit: what to put in local storage first, and how the page tells us it is ready. */
interface Visit {
  path: string
  savedState?: string
  /** Source of a function evaluated in the page, true when the wanted content is shown. */
  ready: string
}

/** The console message the page writes once it is ready; see timeVisit. */
const READY_MESSAGE = '__fb_timing__'

/**
 * Milliseconds from navigation start to ready, or null when the page never got there.
 *
 * The page itself tells when it is ready, by a console message from a script added before any
 * of its own: ready at the first frame where the wanted content is in the DOM, and not before
 * the first contentful paint. Nothing else is evaluated in the page while it loads: Playwright's
 * waiting helpers run Playwright's own script in the page, 377 ms of its main thread at 4×
 * throttling in one traced visit (2026-11-30), on the thread the page starts on.
 */
async function timeVisit(browser: Browser, base: string, visit: Visit): Promise<number | null> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    if (visit.savedState)
      await context.addInitScript(
        (v) => localStorage.setItem('foerderbaukasten', v),
        visit.savedState,
      )
    await context.addInitScript(`(() => {
      const ready = ${visit.ready}
      let readyAt, fcp
      const report = () => {
        if (readyAt !== undefined && fcp !== undefined)
          console.log(${JSON.stringify(READY_MESSAGE)} + Math.max(readyAt, fcp))
      }
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'first-contentful-paint' && fcp === undefined) fcp = entry.startTime
        report()
      }).observe({ type: 'paint', buffered: true })
      const check = () => {
        if (ready()) {
          readyAt = performance.now()
          report()
        } else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })()`)
    const page = await context.newPage()
    const reported = page
      .waitForEvent('console', {
        predicate: (m) => m.text().startsWith(READY_MESSAGE),
        timeout: 15_000,
      })
      .then((m) => Number(m.text().slice(READY_MESSAGE.length)))
      .catch(() => null)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.goto(new URL(visit.path, base).href)
    return await reported
  } finally {
    await context.close()
  }
}

/**
 * The runs' median and 95th percentile (nearest rank: of 5 runs, the slowest) in whole
 * milliseconds, or null when any run failed to show the content.
 */
export function spread(xs: Array<number | null>): { median: number; p95: number } | null {
  if (xs.length === 0 || xs.some((x) => x === null)) return null
  const sorted = [...(xs as number[])].sort((a, b) => a - b)
  const rank = (q: number) => Math.round(sorted[Math.ceil(q * sorted.length) - 1]!)
  return { median: Math.round(sorted[Math.floor(sorted.length / 2)]!), p95: rank(0.95) }
}

/** The German name of a programme, as the results list shows it. */
function programmeName(root: string, id: string): string {
  const program = JSON.parse(readFileSync(join(root, 'data', 'programs', `${id}.json`), 'utf8'))
  return (program as { name: { de: string } }).name.de
}

export type TimingKey = keyof typeof BUDGETS.timingsMs

/** The figures in the order the report prints them. */
export const TIMING_FIGURES: Array<{ key: TimingKey; figure: string }> = [
  { key: 'startVisible', figure: 'cold start to start screen visible' },
  { key: 'startButtonWorks', figure: 'cold start to start button working' },
  { key: 'linkToResults', figure: 'share link to results visible' },
]

export interface Timings {
  /**
   * Medians in ms, null when a run never got there. startVisible: the start page on screen
   * (index.html carries it, rendered at build time); startButtonWorks: its start button wired up
   * by the app, so a click starts the questionnaire; linkToResults: from opening a share link
   * (#v1.…) in a fresh browser to the results being visible.
   */
  ms: Record<TimingKey, number | null>
  /** The 95th percentile of the same runs (nearest rank). */
  p95: Record<TimingKey, number | null>
  /** A trivial page visible in the same harness and runs (baseline-page.ts): the machine's floor. */
  baseline: { median: number; p95: number } | null
  runs: number
}

/** The figures over their limit, by default the budget (a figure never reached is over). */
export const timingFailures = (
  t: Timings,
  keys: readonly TimingKey[] = Object.keys(t.ms) as TimingKey[],
  limit: (key: TimingKey) => number = (k) => BUDGETS.timingsMs[k],
) => keys.filter((k) => t.ms[k] === null || t.ms[k]! > limit(k))

/**
 * CI's gate for a timing: its budget, scaled by how much slower than on the machine the budgets
 * were set on (BUDGETS.floorMs) a trivial page was in the same runs; never below the budget.
 * A busy or slower machine slows the page and the trivial page alike, so the gate still
 * catches a page that became slower, without failing on the machine alone.
 */
export function gateMs(key: TimingKey, baseline: Timings['baseline']): number {
  const slower = baseline ? Math.max(1, baseline.median / BUDGETS.floorMs) : 1
  return Math.round(BUDGETS.timingsMs[key] * slower)
}

export async function measureTimings(
  base: string,
  root = process.cwd(),
  only?: readonly TimingKey[],
): Promise<Timings> {
  const wanted = (k: TimingKey) => !only || only.includes(k)
  const scenario = JSON.parse(
    readFileSync(join(root, 'tests', 'scenarios', 'weinheim-luetzelsachsen.json'), 'utf8'),
  ) as { answers: unknown; expect: { eligible: string[] } }
  const name = programmeName(root, scenario.expect.eligible[0]!)
  const coldStart: Visit = {
    path: '/',
    // The start screen is usable once its heading is there and it names the catalogue's size.
    ready: `() => !!document.querySelector('h1') && /\\d+ Programme/.test(document.body.textContent)`,
  }
  const coldStartUsable: Visit = {
    path: '/',
    // The static page's start button takes clicks once src/boot.ts has wired it and enabled
    // it (a click then waits for the app, tests/e2e/early-start.spec.ts); a button the app has
    // rendered keeps its handlers in a property of the element.
    ready: `() => [...document.querySelectorAll('main button:not([disabled])')].some((b) => b.hasAttribute('data-start') || Object.keys(b).some((k) => k.startsWith('__reactProps')))`,
  }
  // A real share link, made by the domain's encoder as the app's "Link kopieren" makes it.
  const { questionnaire, catalogue } = loadData()
  const { fragment } = encodeShareLink(
    { answers: scenario.answers as Record<string, never>, combinations: [] },
    questionnaire,
    catalogue.asOf,
  )
  const results: Visit = {
    path: `/${fragment}`,
    // Results are visible once a heading names a programme the scenario must find eligible.
    ready: `() => [...document.querySelectorAll('h2, h3, h4')].some((h) => h.textContent.includes(${JSON.stringify(name)}))`,
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const floor = await startBaselinePage()
  try {
    const cold: Array<number | null> = []
    const usable: Array<number | null> = []
    const shown: Array<number | null> = []
    const trivial: Array<number | null> = []
    for (let i = 0; i < RUNS; i++) {
      // In turns with the app's visits, so that it meets the same load.
      trivial.push(await timeVisit(browser, floor.url, coldStart))
      if (wanted('startVisible')) cold.push(await timeVisit(browser, base, coldStart))
      if (wanted('startButtonWorks')) usable.push(await timeVisit(browser, base, coldStartUsable))
      // Without a results screen there is nothing to time; one try tells.
      if (wanted('linkToResults') && shown[0] !== null)
        shown.push(await timeVisit(browser, base, results))
    }
    const runs: Record<TimingKey, Array<number | null>> = {
      startVisible: cold,
      startButtonWorks: usable,
      linkToResults: shown,
    }
    const figure = (part: 'median' | 'p95') =>
      Object.fromEntries(
        (Object.keys(runs) as TimingKey[]).map((k) => [
          k,
          wanted(k) ? (spread(runs[k])?.[part] ?? null) : null,
        ]),
      ) as Record<TimingKey, number | null>
    return { ms: figure('median'), p95: figure('p95'), baseline: spread(trivial), runs: RUNS }
  } finally {
    await browser.close()
    await floor.close()
  }
}
