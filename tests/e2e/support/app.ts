// Shared steps for browser specs: open the app and wait until the catalogue has loaded.
import { expect, type BrowserContext, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'

/** Opens the start page and waits for the catalogue (a lazy chunk) to be in. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path)
  await waitForApp(page)
}

export async function waitForApp(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/wird geladen|is loading/i)).toHaveCount(0)
}

/** From the start page with saved answers: resume, page through every step, open the results. */
export async function resumeToResults(page: Page) {
  await page.getByRole('button', { name: 'Fortsetzen' }).click()
  for (let step = 0; step < 10; step++) {
    const review = page.getByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' })
    if (await review.isVisible()) break
    await page.getByRole('button', { name: 'Weiter' }).click()
  }
  await page.getByRole('button', { name: 'Ergebnis anzeigen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible()
}

/** Answers of a scenario file in tests/scenarios/. */
export function scenarioAnswers(name: string): Record<string, unknown> {
  const file = new URL(`../../scenarios/${name}.json`, import.meta.url)
  return (JSON.parse(readFileSync(file, 'utf8')) as { answers: Record<string, unknown> }).answers
}

/** What the app's store saves in local storage (src/store: key "foerderbaukasten", version 1). */
export async function seedSavedState(
  context: BrowserContext,
  state: {
    answers?: Record<string, unknown>
    screen?: object
    lang?: 'de' | 'en'
    chosen?: string[]
  },
) {
  const value = JSON.stringify({
    state: { answers: {}, screen: { name: 'start' }, lang: 'de', chosen: [], ...state },
    version: 1,
  })
  await context.addInitScript((v) => {
    // Only on the first load, so the app's own saving is not overwritten on reload.
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('foerderbaukasten', v)
      sessionStorage.setItem('seeded', '1')
    }
  }, value)
}

/**
 * Holds back the app's chunks (`main-*`: src/main.tsx's and React's; with `stylesheet`, the
 * app's stylesheet too) until the returned function is called: the static start page alone.
 */
export async function holdApp(page: Page, { stylesheet = false } = {}): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(
    stylesheet ? /\/assets\/main-[^/]*\.(js|css)$/ : /\/assets\/main-[^/]*\.js$/,
    async (route) => {
      await released
      await route.continue()
    },
  )
  return release
}

/** Waits until React has adopted the start page's start button (src/main.tsx, hydration). */
export async function waitForAdoptedStartButton(page: Page) {
  // React keeps a rendered element's handlers in a property of the element.
  await page.waitForFunction(() => {
    const b = document.querySelector('main button[data-start]')
    return !!b && Object.keys(b).some((k) => k.startsWith('__reactProps'))
  })
}
