import { expect, test } from '@playwright/test'
import { openApp } from './support/app'

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
  await openApp(page)
  await page.reload()
  await openApp(page)
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
  await openApp(page)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? ''
  expect(scriptSrc).toBe("'self'")
  expect(csp).not.toMatch(/unsafe-(inline|eval)/)
  const html = await (await request.get('/')).text()
  // Every script tag loads a file: no inline code for the CSP to allow.
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([])
  const headers = (await request.get('/')).headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(violations).toEqual([])
})

test('every rendered link to another site uses https and rel="noopener noreferrer"', async ({
  page,
}) => {
  await openApp(page)
  const links = await page
    .locator('a[href]')
    .evaluateAll((anchors) =>
      anchors
        .map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' }))
        .filter((a) => new URL(a.href).origin !== location.origin),
    )
  for (const link of links) {
    expect(link.href, link.href).toMatch(/^https:\/\//)
    expect(link.rel.split(/\s+/), link.href).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    )
  }
})
