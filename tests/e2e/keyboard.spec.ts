import { expect, test, type Locator, type Page } from '@playwright/test'

// The whole journey with the keyboard only: Tab and Shift+Tab to move, Space to tick, Enter to
// press; arrow keys inside a radio group, as its native pattern. Every stop must show its focus.
test.describe.configure({ timeout: 180_000 })

async function focusIsVisible(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    // Past the page's last stop the focus leaves the document (the browser's own UI).
    if (!el || el === document.body) return null
    // Inside a date field, Tab reaches the calendar button, which draws its own native ring.
    if (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')) return null
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none'
    return outline || shadow ? null : `no visible focus on ${el.outerHTML.slice(0, 120)}`
  })
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking each stop on the way. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  if (await target.evaluate((el) => el === document.activeElement)) return
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key)
    expect(await focusIsVisible(page)).toBeNull()
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target}`)
}

/** Moves within a focused radio group until `target` is selected. */
async function arrowTo(page: Page, target: Locator) {
  for (let i = 0; i < 12 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown')
  await expect(target).toBeChecked()
  await expect(target).toBeFocused()
}

const group = (page: Page, name: RegExp) => page.getByRole('group', { name })

async function tick(page: Page, groupName: RegExp, option: string | RegExp) {
  const box = group(page, groupName).getByRole('checkbox', { name: option })
  await tabTo(page, box)
  await page.keyboard.press('Space')
  await expect(box).toBeChecked()
}

async function choose(page: Page, groupName: RegExp, option: string | RegExp) {
  const radios = group(page, groupName).getByRole('radio')
  await tabTo(page, radios.first())
  await arrowTo(page, group(page, groupName).getByRole('radio', { name: option, exact: true }))
}

async function type(page: Page, field: Locator, text: string) {
  await tabTo(page, field)
  await page.keyboard.type(text)
}

async function pressButton(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name }))
  await page.keyboard.press('Enter')
}

test('keyboard only: start, an error, every step, check answers, results, combinations', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await pressButton(page, 'Jetzt beginnen')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Beteiligte Organisationen' }),
  ).toBeVisible()

  // Continuing without answers: the error summary is focused (announced) and leads to the field.
  await pressButton(page, 'Weiter')
  const summary = page.getByRole('group', { name: 'Es gibt ein Problem' })
  await expect(summary).toBeFocused()
  expect(await focusIsVisible(page)).toBeNull()
  await tabTo(page, summary.getByRole('link').first())
  await page.keyboard.press('Enter')
  await expect(page.getByRole('checkbox').first()).toBeFocused()

  // Shift+Tab walks back to the summary's link; Tab returns to the field.
  await tabTo(page, summary.getByRole('link').first(), 'Shift+Tab')
  await tabTo(page, page.getByRole('checkbox').first())

  await tick(page, /Welche Organisationen wirken/, 'Gemeinde oder Stadt')
  await tick(page, /Welche Organisationen wirken/, 'Eingetragener Verein')
  await choose(page, /gemeinnützig anerkannt/, 'Ja')
  await pressButton(page, 'Weiter')

  await expect(
    page.getByRole('heading', { level: 1, name: 'Ihre Kommune und das Quartier' }),
  ).toBeVisible()
  await type(page, page.getByLabel(/Wie viele Einwohnerinnen/), '4800')
  await choose(page, /Stadtkreis/, 'Nein')
  await choose(page, /Raumkategorie/, 'Ländlicher Raum im engeren Sinne')
  await choose(page, /LEADER/, 'Nein')
  await choose(page, /Sanierungs- oder Erneuerungsgebiet/, 'Nein')
  await pressButton(page, 'Weiter')

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Vorhaben' })).toBeVisible()
  await tick(page, /Um welche Themen/, 'Pflege und Unterstützung im Alter')
  await tick(page, /Projektphasen/, /^Umsetzung/)
  await tick(page, /Was ist konkret geplant/, 'Begegnungsort, Treff oder Café')
  await pressButton(page, 'Weiter')

  await expect(page.getByRole('heading', { level: 1, name: 'Was es schon gibt' })).toBeVisible()
  await choose(page, /Beschluss des Gemeinderats/, 'Ja, liegt vor')
  await choose(page, /Sozialraumanalyse/, 'Nein')
  await tick(page, /Welche Einrichtungen/, 'Nichts davon')
  await pressButton(page, 'Weiter')

  await expect(
    page.getByRole('heading', { level: 1, name: 'Kosten und Finanzierung' }),
  ).toBeVisible()
  await type(page, page.getByRole('textbox', { name: 'Personal, Umsetzung' }), '60000')
  await type(page, page.getByLabel(/Wie viele Eigenmittel/), '15000')
  // The segments' order follows the browser's own language (month first in headless Chromium).
  const date = page.getByLabel(/Wann soll das Projekt beginnen/)
  await type(page, date, '05012027')
  await expect(date).toHaveValue(/^2027-0[15]-0[15]$/)
  await pressButton(page, 'Weiter')

  await expect(
    page.getByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' }),
  ).toBeVisible()
  await pressButton(page, 'Ergebnis anzeigen')
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible()
  await expect(page.getByRole('region', { name: /Passende Programme/ })).toBeVisible()
  await pressButton(page, 'Kombinationen und Finanzierungsplan ansehen')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kombinationen und Finanzierungsplan' }),
  ).toBeVisible()
})
