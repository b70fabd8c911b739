// npm run report's start-up timings: each figure is the median and the 95th percentile of its
// runs, beside a trivial page's in the same runs (scripts/quality/timings.ts, baseline-page.ts).
import { describe, expect, it } from 'vitest'
import { BASELINE_HTML, startBaselinePage } from '../../scripts/quality/baseline-page'
import { BUDGETS } from '../../scripts/quality/budgets'
import { gateMs, spread } from '../../scripts/quality/timings'

describe('the timings’ spread', () => {
  it('is the median and the nearest-rank 95th percentile of the runs, in whole ms', () => {
    expect(spread([5.4, 1, 4, 2, 3.6])).toEqual({ median: 4, p95: 5 })
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i)
    expect(spread(twenty)).toEqual({ median: 11, p95: 19 })
  })

  it('is missing when a run never got there, or there was none', () => {
    expect(spread([900, null, 950])).toBeNull()
    expect(spread([])).toBeNull()
  })
})

describe('CI’s timing gates', () => {
  const link = BUDGETS.timingsMs.linkToResults
  const floor = (median: number) => ({ median, p95: median })

  it('are the budget on a machine as fast as the one it was set on, or faster', () => {
    expect(gateMs('linkToResults', floor(BUDGETS.floorMs))).toBe(link)
    expect(gateMs('linkToResults', floor(BUDGETS.floorMs / 2))).toBe(link)
  })

  it('grow with the trivial page’s time on a slower machine', () => {
    expect(gateMs('linkToResults', floor(BUDGETS.floorMs * 3))).toBe(link * 3)
    expect(gateMs('startButtonWorks', floor(BUDGETS.floorMs * 1.5))).toBe(
      BUDGETS.timingsMs.startButtonWorks * 1.5,
    )
  })

  it('are the budget when the trivial page was never shown', () => {
    expect(gateMs('linkToResults', null)).toBe(link)
  })
})

describe('the baseline page', () => {
  it('is served as the start page’s timing waits for it: a heading naming the catalogue’s size', async () => {
    const page = await startBaselinePage()
    try {
      const response = await fetch(page.url)
      expect(response.headers.get('content-type')).toContain('text/html')
      const html = await response.text()
      expect(html).toBe(BASELINE_HTML)
      expect(html).toMatch(/<h1>[^<]+<\/h1>/)
      expect(html).toMatch(/\d+ Programme/)
    } finally {
      await page.close()
    }
  })
})
