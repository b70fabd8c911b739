import { expect, test, type Page } from '@playwright/test'
import { openApp, resumeToResults, scenarioAnswers, seedSavedState } from './support/app'

/** Start, then results and combinations from saved answers: the screens with the most links. */
async function walk(page: Page) {
  await openApp(page)
  await resumeToResults(page)
}

test.beforeEach(async ({ context }) => {
  await seedSavedState(context, { answers: scenarioAnswers('weinheim-luetzelsachsen') })
})

test('nothing leaves the browser: no request goes to another origin', async ({
  page,
  context,
  baseURL,
}) => {
  const foreign: string[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin)
      foreign.push(request.url())
  })
  await walk(page)
  await page.getByRole('button', { name: 'Kombinationen und Finanzierungsplan ansehen' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kombinationen und Finanzierungsplan' }),
  ).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(foreign).toEqual([])
})

test('the page carries a CSP without inline scripts or eval, and nothing violates it', async ({
  page,
  request,
}) => {
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text())
  })
  await walk(page)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? ''
  expect(scriptSrc).toBe("'self'")
  expect(csp).not.toMatch(/unsafe-(inline|eval)/)
  const response = await request.get('/')
  // Every script tag loads a file: no inline code for the CSP to allow.
  expect((await response.text()).match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([])
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(violations).toEqual([])
})

test('every rendered link to another site uses https and rel="noopener noreferrer"', async ({
  page,
}) => {
  await walk(page)
  // Each programme's sources sit in its disclosure, built when it opens: open every one.
  await expect(page.getByRole('heading', { level: 2, name: 'Herunterladen' })).toBeVisible()
  const closed = page.locator('details:not([open]) > summary')
  for (let n = await closed.count(); n > 0; n--) await closed.first().click()
  await expect(closed).toHaveCount(0)
  const links = await page
    .locator('a[href]')
    .evaluateAll((anchors) =>
      anchors
        .map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' }))
        .filter((a) => new URL(a.href).origin !== location.origin),
    )
  // The results list links each programme to its sources, so there must be some to check.
  expect(links.length).toBeGreaterThan(0)
  for (const link of links) {
    expect(link.href, link.href).toMatch(/^https:\/\//)
    expect(link.rel.split(/\s+/), link.href).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    )
  }
})
