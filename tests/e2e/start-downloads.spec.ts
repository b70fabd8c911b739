// Issue 14: `npm run report` counts the JavaScript and data before the first usable screen from
// Vite's manifest (scripts/quality/bundle-size.ts). Here Chromium shows that this is what a
// German start fetches: every counted file arrives before React has adopted the start page, and
// nothing else does.
import { expect, test } from '@playwright/test'
import { measureBundle } from '../../scripts/quality/bundle-size'

declare global {
  interface Window {
    adoptedAt?: number
  }
}

test('a German start fetches what the report counts, and no more, before its start page works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Checked in frame callbacks: the app's idle prefetches start after a frame at the earliest.
    const check = () => {
      const button = document.querySelector('main button[data-start]')
      // React keeps a rendered element's handlers in a property of the element.
      if (button && Object.keys(button).some((k) => k.startsWith('__reactProps')))
        window.adoptedAt = performance.now()
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  await page.goto('/')
  await page.waitForFunction(() => window.adoptedAt !== undefined)
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < window.adoptedAt!)
      .map((entry) => new URL(entry.name).pathname),
  )
  const scripts = fetched.filter(
    // The link-visit script is a plain asset of index.html, not a chunk (link-visit-plugin.ts).
    (path) => path.startsWith('/assets/') && path.endsWith('.js') && !path.includes('/link-visit-'),
  )
  const counted = measureBundle('dist').startJs.files.map((file) => `/${file}`)
  expect(scripts.sort()).toEqual(counted.sort())
})
