import { expect, test, type Page } from '@playwright/test'
import { holdApp, waitForAdoptedStartButton } from './support/app'

// The static start page's start button works before the app has loaded (src/early-start.ts):
// a click is kept, shown as under way, and carried out once the app is there.

const startButton = (page: Page) => page.locator('main button[data-start]')
const firstQuestion = /Welche Organisationen wirken/

test('a click before the app has loaded starts the questionnaire once the app is there', async ({
  page,
}) => {
  const release = await holdApp(page)
  await page.goto('/')
  await expect(startButton(page)).toBeEnabled()
  await startButton(page).click()
  await expect(startButton(page)).toHaveText('Fragebogen wird geladen …')
  await expect(startButton(page)).toHaveAttribute('aria-disabled', 'true')
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByText(firstQuestion)).toHaveCount(0)

  release()
  await expect(page.getByText(firstQuestion).first()).toBeVisible()
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true')
  // One step forward in the history, as the app's own button makes it: back is the start page.
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Welche Förderung passt zu Ihrem Quartiersprojekt?',
  )
  await expect(startButton(page)).toHaveText('Jetzt beginnen')
})

test('once the app has adopted the page, a click is handled once, by the app', async ({ page }) => {
  await page.goto('/')
  await waitForAdoptedStartButton(page)
  await startButton(page).click()
  await expect(page.getByText(firstQuestion).first()).toBeVisible()
  await page.goBack()
  await expect(startButton(page)).toBeVisible()
  await page.goBack()
  // Before the start page there is nothing of the app's: one click made one history entry.
  await expect(startButton(page)).toHaveCount(0)
})
