import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { parseIcs } from '../export/ics-parse'
import { seedSavedState, waitForApp } from './support/app'

const answers = JSON.parse(
  readFileSync(new URL('../fixtures/full-answers.json', import.meta.url), 'utf8'),
) as Record<string, unknown>

/** The programme names the results screen shows, in order: what "the same results" means. */
async function resultNames(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible()
  // The groups below the first screenful follow a moment later, together with the downloads.
  await expect(page.getByRole('heading', { level: 2, name: 'Herunterladen' })).toBeVisible()
  return page.locator('.fb-group h3').allTextContents()
}

async function markTwoPlans(page: Page) {
  const mark = page.getByRole('button', { name: 'Für den Vergleich vormerken' })
  await expect(mark.first()).toBeVisible()
  await mark.nth(0).click()
  await mark.nth(1).click()
}

test('compares two marked combinations side by side', async ({ page, context }) => {
  await seedSavedState(context, { answers, screen: { name: 'combinations' } })
  await page.goto('/')
  await waitForApp(page)
  await markTwoPlans(page)
  await page.getByRole('button', { name: 'Vorgemerkte vergleichen (2)' }).click()
  const table = page.getByRole('table', { name: 'Vergleich der vorgemerkten Kombinationen' })
  await expect(table.getByRole('columnheader')).toHaveText([
    'Merkmal',
    'Kombination 1 (Vergleichsbasis)',
    'Kombination 2',
  ])
  await expect(table.getByRole('rowheader', { name: 'Förderung insgesamt' })).toBeVisible()
  await expect(table.locator('.fb-differs').first()).toBeVisible()
})

test('a copied link opens the same results in a fresh browser', async ({
  page,
  context,
  browser,
}) => {
  await seedSavedState(context, { answers, screen: { name: 'results' } })
  await page.goto('/')
  await waitForApp(page)
  const before = await resultNames(page)
  await page.getByRole('button', { name: 'Link kopieren' }).click()
  const link = await page.getByRole('textbox', { name: 'Link zu diesem Stand' }).inputValue()
  expect(link).toMatch(/#v\d+\.[A-Za-z0-9_-]+$/)

  const fresh = await browser.newContext({ locale: 'de-DE' })
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(
    other.getByRole('heading', { name: 'Angaben aus einem geteilten Link' }),
  ).toBeVisible()
  expect(await resultNames(other)).toEqual(before)
  await fresh.close()
})

test('a garbage link shows a message and an empty questionnaire', async ({ page }) => {
  await page.goto('/#v1.dasistkeinlink')
  await expect(page.getByRole('alert')).toContainText('Dieser Link lässt sich nicht öffnen')
  await expect(page.getByRole('button', { name: 'Jetzt beginnen' })).toBeVisible()
})

test('downloads the roadmap as an .ics file that parses', async ({ page, context }) => {
  await seedSavedState(context, { answers, screen: { name: 'combinations' } })
  await page.goto('/')
  await waitForApp(page)
  await markTwoPlans(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Fristen als Kalender (.ics)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const text = readFileSync((await download.path())!, 'utf8')
  const { calendar, events } = parseIcs(text)
  expect(calendar.VERSION).toBe('2.0')
  expect(events.length).toBeGreaterThan(0)
  for (const event of events) expect(event['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/)
})

test('compare and handout have no WCAG 2.1 AA violations, on screen and in print', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await seedSavedState(context, { answers, screen: { name: 'combinations' } })
  await page.goto('/')
  await waitForApp(page)
  await markTwoPlans(page)
  await page.getByRole('button', { name: 'Vorgemerkte vergleichen (2)' }).click()
  await expect(page.getByRole('table')).toBeVisible()
  const axe = async () =>
    (
      await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
    ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
  expect(await axe()).toEqual([])
  await page.getByRole('button', { name: 'Gemeinderatsvorlage drucken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Gemeinderatsvorlage/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Quellen der Programme' })).toBeVisible()
  await expect(page.getByText(/^Ausgedruckt am/)).toBeVisible()
  expect(await axe()).toEqual([])
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden()
  expect(await axe()).toEqual([])
})
