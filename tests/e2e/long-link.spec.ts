import { expect, test, type Page } from '@playwright/test'
import { openApp, scenarioAnswers, seedSavedState, waitForApp } from './support/app'

// A link of 200,000 characters (issue 14) is a broken link like any other: the app says it
// cannot be opened and keeps what is saved in the browser.
const LONG = `#v1.${'A'.repeat(200_000 - 3)}`
const answers = scenarioAnswers('weinheim-luetzelsachsen')

async function savedAnswers(page: Page) {
  return page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('foerderbaukasten') ?? '{}') as {
          state?: { answers?: object }
        }
      ).state?.answers,
  )
}

test('opened in a fresh browser, it says the link cannot be opened', async ({ page }) => {
  expect(LONG.length - 1).toBe(200_000)
  await page.goto(`/${LONG}`)
  await waitForApp(page)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Dieser Link lässt sich nicht öffnen')
  await expect(alert).toContainText('Sie können den Fragebogen neu beginnen.')
  await expect(page.getByRole('button', { name: 'Jetzt beginnen' })).toBeVisible()
})

test('with saved answers, it says so and keeps them, also when pasted into an open tab', async ({
  page,
  context,
}) => {
  await seedSavedState(context, { answers, screen: { name: 'results' } })
  await page.goto(`/${LONG}`)
  await waitForApp(page)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Dieser Link lässt sich nicht öffnen')
  await expect(alert).toContainText('gespeicherten Angaben bleiben unverändert')
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible()
  expect(await savedAnswers(page)).toEqual(answers)

  // The same link pasted into the address bar of the open tab changes only the fragment.
  await openApp(page)
  await expect(alert).toHaveCount(0)
  await page.evaluate((hash) => (window.location.hash = hash), LONG)
  await expect(alert).toContainText('Dieser Link lässt sich nicht öffnen')
  expect(await savedAnswers(page)).toEqual(answers)
})

// A link pasted while the app starts, after the link gate read the address and before it
// listened for changes, fired its hashchange unheard. Replaced here without any event at that
// very moment (the first time the app adds its listener), it must still be read.
test('a link pasted while the app starts is still read', async ({ page, context }) => {
  await seedSavedState(context, { answers })
  await context.addInitScript((link) => {
    const add = window.addEventListener.bind(window)
    window.addEventListener = ((type: string, ...rest: unknown[]) => {
      if (type === 'hashchange' && !sessionStorage.getItem('pasted')) {
        sessionStorage.setItem('pasted', '1')
        history.replaceState(history.state, '', `${location.pathname}${link}`)
      }
      return (add as (...args: unknown[]) => void)(type, ...rest)
    }) as typeof window.addEventListener
  }, LONG)
  await openApp(page)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Dieser Link lässt sich nicht öffnen')
  await expect(alert).toContainText('gespeicherten Angaben bleiben unverändert')
  expect(await savedAnswers(page)).toEqual(answers)
})

// The skip link on the start page works before the app's script runs, and then leaves #main in
// the address when the app starts: a jump within the page, not a link that cannot be opened.
test('the skip link used before the app runs is no broken link', async ({ page }) => {
  await page.goto('/#main')
  await waitForApp(page)
  await expect(page.getByRole('button', { name: 'Jetzt beginnen' })).toBeEnabled()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
