import { expect, test, type Page } from '@playwright/test'
import { holdApp, waitForAdoptedStartButton } from './support/app'

// index.html links only the start page's own rules (scripts/build/start-css-plugin.ts); the
// whole stylesheet comes with the app. The start page must look the same with either.

/** Every element's box and the computed styles that make its look, in document order. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const props = [
      'display',
      'color',
      'background-color',
      'background-image',
      'font-family',
      'font-size',
      'font-weight',
      'line-height',
      'border-top',
      'border-bottom',
      'border-radius',
      'padding',
      'margin',
      'text-decoration-line',
      'outline-style',
      'mask-image',
    ]
    return [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      return {
        el: `${el.tagName.toLowerCase()}.${el.className}`,
        box: [r.x, r.y, r.width, r.height].map(Math.round),
        ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])),
      }
    })
  })

for (const width of [360, 1280])
  test(`the start page looks the same before and after the app's stylesheet (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    const release = await holdApp(page, { stylesheet: true })
    await page.goto('/')
    await expect(page.locator('main button[data-start]')).toBeEnabled()
    // Only the start page's stylesheet so far.
    expect(
      await page.evaluate(() => [...document.styleSheets].map((s) => s.href?.split('/').pop())),
    ).toEqual([expect.stringMatching(/^start-.*\.css$/)])
    // The app enables the static page's other buttons (src/ui/prerendered.ts): a difference of
    // the app's, not of the stylesheets', so they are enabled here first.
    await page.evaluate(() =>
      document.querySelectorAll('button[disabled]').forEach((b) => b.removeAttribute('disabled')),
    )
    const before = await looks(page)
    expect(before.length).toBeGreaterThan(20)

    release()
    await waitForAdoptedStartButton(page)
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(2)
    // No rule the start page uses was left out of its stylesheet.
    expect(await looks(page)).toEqual(before)
  })
