import { expect, test, type Page } from '@playwright/test'
import { openApp, waitForApp } from './support/app'

// Issue 13: two tabs of the app share one saved state. Each tab used to write its whole, possibly
// stale state, so a language switch in an older tab erased the answers given in a newer one.

const organisations = (page: Page, name: RegExp) =>
  page.getByRole('group', { name }).getByRole('checkbox', { name: /^(Gemeinde|Municipality)/ })
const charitableYes = (page: Page, name: RegExp) =>
  page.getByRole('group', { name }).getByRole('radio', { name: /^(Ja|Yes)$/ })
const DE = { organisations: /Welche Organisationen wirken/, charitable: /gemeinnützig anerkannt/ }
const EN = {
  organisations: /Which organisations take part/,
  charitable: /recognised as non-profit/,
}

test('answers given in one tab survive a language switch and navigation in an older tab, which shows them', async ({
  context,
}) => {
  const older = await context.newPage()
  await openApp(older)
  const newer = await context.newPage()
  await openApp(newer)

  // The newer tab answers the first step.
  await newer.getByRole('button', { name: 'Jetzt beginnen' }).click()
  await organisations(newer, DE.organisations).check()
  await newer
    .getByRole('group', { name: DE.organisations })
    .getByRole('checkbox', { name: 'Eingetragener Verein' })
    .check()
  await charitableYes(newer, DE.charitable).check()
  await newer.getByRole('button', { name: 'Weiter' }).click()
  await expect(
    newer.getByRole('heading', { level: 1, name: 'Ihre Kommune und das Quartier' }),
  ).toBeVisible()

  // The older tab, untouched since, shows those answers on its start page.
  await expect(older.getByText('Sie haben bereits 2 Fragen beantwortet.')).toBeVisible()

  // It switches the language: the answers stay, and the newer tab follows the language.
  await older.getByRole('button', { name: 'Switch to English' }).click()
  await expect(older.getByText('You have already answered 2 questions.')).toBeVisible()
  await expect(newer.locator('html')).toHaveAttribute('lang', 'en')
  await expect(
    newer.getByRole('heading', { level: 1, name: 'Your municipality and the Quartier' }),
  ).toBeVisible()

  // The newer tab still has its place and its answers.
  await newer.getByRole('button', { name: 'Back' }).click()
  await expect(organisations(newer, EN.organisations)).toBeChecked()
  await expect(charitableYes(newer, EN.charitable)).toBeChecked()

  // The older tab moves through the questionnaire and back to the start: the answers are there.
  await older.getByRole('button', { name: 'Continue' }).click()
  await expect(organisations(older, EN.organisations)).toBeChecked()
  await expect(charitableYes(older, EN.charitable)).toBeChecked()
  await older.getByRole('button', { name: 'Continue' }).click()
  await expect(
    older.getByRole('heading', { level: 1, name: 'Your municipality and the Quartier' }),
  ).toBeVisible()
  await older.getByRole('button', { name: /^Förderbaukasten/ }).click()
  await expect(older.getByText('You have already answered 2 questions.')).toBeVisible()

  // A reload of the newer tab opens the place saved last (the older tab's start page), answers kept.
  await newer.reload()
  await waitForApp(newer)
  await expect(newer.getByText('You have already answered 2 questions.')).toBeVisible()
  await newer.getByRole('button', { name: 'Continue' }).click()
  await expect(organisations(newer, EN.organisations)).toBeChecked()
  await expect(charitableYes(newer, EN.charitable)).toBeChecked()
})
