import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { outsideWidth, scrollsSideways } from './support/layout'
import { openApp, seedSavedState } from './support/app'
import { pdfPageTexts } from './support/pdf-text'

// The council handout on A4 (issue 14): it leads with the plan, every column of the plan fits
// the page, and nothing made for the screen prints.
test.describe.configure({ timeout: 120_000 })

// The answers with the most cost blocks, so the plan is as long as the fixtures make it.
const answers = JSON.parse(
  readFileSync(new URL('../fixtures/full-answers.json', import.meta.url), 'utf8'),
) as Record<string, unknown>

// A4 minus the print stylesheet's page margins (@page: 18 mm top and bottom, 15 mm left and
// right), in CSS pixels (96 per inch): the box Chromium lays the handout out in for print.
const mm = 96 / 25.4
const A4_CONTENT = {
  width: Math.floor((210 - 2 * 15) * mm),
  height: Math.floor((297 - 2 * 18) * mm),
}

const squash = (text: string) => text.replace(/\s+/g, '')

test('the handout prints the plan first, inside the A4 width, and no screen controls', async ({
  page: sender,
  context,
  browser,
}) => {
  await seedSavedState(context, { answers, screen: { name: 'combinations' } })
  await openApp(sender)
  await sender.getByRole('button', { name: 'Für den Vergleich vormerken' }).first().click()
  await sender.getByRole('button', { name: 'Link kopieren' }).click()
  const link = await sender.getByRole('textbox', { name: 'Link zu diesem Stand' }).inputValue()
  // The clerk who prints opens the link: the app then shows a notice above every screen,
  // which must not print.
  const clerk = await browser.newContext({ locale: 'de-DE' })
  const page = await clerk.newPage()
  await page.goto(link)
  await expect(
    page.getByRole('heading', { name: 'Angaben aus einem geteilten Link' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Kombinationen und Finanzierungsplan ansehen' }).click()
  await page.getByRole('button', { name: 'Gemeinderatsvorlage drucken' }).click()
  const title = page.getByRole('heading', { level: 1, name: /^Gemeinderatsvorlage/ })
  await expect(title).toBeVisible()
  const planHeading = page.getByRole('heading', { level: 2, name: /^Kombination 1:/ })
  await expect(planHeading).toBeVisible()
  const table = page.getByRole('table', { name: /^Finanzierungsplan/ })
  await expect(table).toBeVisible()
  const firstRow = (await table.getByRole('row').nth(1).getByRole('rowheader').textContent())!

  // Every column of the plan inside the printable width: the page laid out as print media at
  // exactly that width, then each cell's box measured (the layout does not depend on height).
  await page.setViewportSize(A4_CONTENT)
  await page.emulateMedia({ media: 'print' })
  const cells = table.locator('th, td')
  expect(await cells.count()).toBeGreaterThan(6)
  expect(await outsideWidth(cells)).toEqual([])
  expect(await scrollsSideways(table)).toEqual([])
  // Screen-only controls do not print. Buttons that print as text stay: the app's name (the
  // letterhead) and links to questions.
  const controls = page.locator('button:not(.kern-link, .fb-brand), select, input, textarea')
  await expect(controls.filter({ visible: true })).toHaveCount(0)

  // The plan on page 1: the printed PDF's own pages, read back as text. The title proves the
  // reading works; the plan's heading, caption and first row must follow on the same page.
  const pages = pdfPageTexts(await page.pdf({ format: 'A4' })).map(squash)
  expect(pages.length).toBeGreaterThan(1)
  const first = pages[0]!
  expect(first).toContain(squash((await title.textContent())!))
  expect(first).toContain(squash((await planHeading.textContent())!))
  expect(first).toContain(squash((await table.locator('caption').textContent())!))
  expect(first).toContain(squash(firstRow))
  // The answers follow as an appendix, after the plan.
  const appendix = pages.findIndex((p) => p.includes(squash('Anhang: Angaben zum Projekt')))
  expect(appendix).toBeGreaterThan(0)
  for (const text of ['Hinweis schließen', 'Angaben aus einem geteilten Link', 'Link kopieren'])
    expect(
      pages.filter((p) => p.includes(squash(text))),
      text,
    ).toEqual([])
  await clerk.close()
})
