import { expect, test } from '@playwright/test'
import { openApp, resumeToResults, scenarioAnswers, seedSavedState } from './support/app'

test('after the first visit the whole journey works with the network cut', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await seedSavedState(context, { answers: scenarioAnswers('weinheim-luetzelsachsen') })
  await openApp(page)
  // The service worker has precached everything once it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      )
  })
  await context.setOffline(true)
  await page.reload()
  await openApp(page)
  // Every step (answers saved in this browser), the check page, results and combinations.
  await resumeToResults(page)
  await expect(page.getByRole('region', { name: /Passende Programme/ })).toBeVisible()
  await page.getByRole('button', { name: 'Kombinationen und Finanzierungsplan ansehen' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kombinationen und Finanzierungsplan' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Combinations and financing plan' }),
  ).toBeVisible()
})

test('the web manifest makes the app installable', async ({ page, request }) => {
  await openApp(page)
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = (await (await request.get(href!)).json()) as {
    name: string
    theme_color: string
    start_url: string
    display: string
    icons: Array<{ src: string; sizes: string; purpose?: string }>
  }
  expect(manifest.name).toBe('Förderbaukasten Quartier')
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
  expect(manifest.display).toBe('standalone')
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`)
    expect(response.headers()['content-type'], icon.src).toBe('image/png')
  }
})
