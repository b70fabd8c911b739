import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { openApp, scenarioAnswers, seedSavedState } from './support/app'

// Every screen, reached through the state the app saves in local storage, must have zero
// violations of WCAG 2.0 A/AA and 2.1 AA (BITV 2.0).
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa']
// axe on the long results page takes a while on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 })
const answers = scenarioAnswers('weinheim-luetzelsachsen')
const steps = (
  JSON.parse(readFileSync(new URL('../../data/questionnaire.json', import.meta.url), 'utf8')) as {
    steps: Array<{ id: string; title: { de: string; en: string } }>
  }
).steps

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`,
  )
}

interface Screen {
  name: string
  lang?: 'de' | 'en'
  screen: object
  answers?: Record<string, unknown>
  heading: string | RegExp
  print?: boolean
}

const screens: Screen[] = [
  { name: 'start', screen: { name: 'start' }, heading: /Welche Förderung passt/ },
  ...steps.map((s) => ({
    name: `questionnaire step "${s.id}"`,
    screen: { name: 'step', stepId: s.id },
    answers,
    heading: s.title.de,
  })),
  {
    name: 'check your answers',
    screen: { name: 'review' },
    answers,
    heading: 'Prüfen Sie Ihre Angaben',
  },
  { name: 'results', screen: { name: 'results' }, answers, heading: 'Ihr Ergebnis' },
  {
    name: 'combinations',
    screen: { name: 'combinations' },
    answers,
    heading: 'Kombinationen und Finanzierungsplan',
  },
  {
    name: 'results, print view',
    screen: { name: 'results' },
    answers,
    heading: 'Ihr Ergebnis',
    print: true,
  },
  {
    name: 'combinations, print view',
    screen: { name: 'combinations' },
    answers,
    heading: 'Kombinationen und Finanzierungsplan',
    print: true,
  },
  { name: 'start, English', lang: 'en', screen: { name: 'start' }, heading: /Which funding/ },
  {
    name: 'first step, English',
    lang: 'en',
    screen: { name: 'step', stepId: steps[0]!.id },
    heading: steps[0]!.title.en,
  },
  {
    name: 'results, English',
    lang: 'en',
    screen: { name: 'results' },
    answers,
    heading: 'Your result',
  },
  {
    name: 'combinations, English',
    lang: 'en',
    screen: { name: 'combinations' },
    answers,
    heading: 'Combinations and financing plan',
  },
]

for (const s of screens) {
  test(`${s.name}: no WCAG 2.1 AA violations`, async ({ page, context }) => {
    await seedSavedState(context, {
      screen: s.screen,
      answers: s.answers ?? {},
      lang: s.lang ?? 'de',
    })
    if (s.print) await page.emulateMedia({ media: 'print' })
    await openApp(page)
    await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible()
    // Check the folded parts too (conditions and sources of each programme).
    await page
      .locator('details')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
    expect(await axeViolations(page)).toEqual([])
  })
}

test('error state of a step: no WCAG 2.1 AA violations', async ({ page, context }) => {
  await seedSavedState(context, { screen: { name: 'step', stepId: steps[0]!.id } })
  await openApp(page)
  await page.getByRole('button', { name: 'Weiter' }).click()
  // The error summary takes the focus, so screen readers announce it at once.
  await expect(page.getByRole('group', { name: 'Es gibt ein Problem' })).toBeFocused()
  expect(await axeViolations(page)).toEqual([])
})

test('compare view and a shared link: no WCAG 2.1 AA violations', async ({ page, context }) => {
  await seedSavedState(context, { screen: { name: 'combinations' }, answers })
  await openApp(page)
  const mark = page.getByRole('button', { name: 'Für den Vergleich vormerken' })
  await mark.nth(0).click()
  await mark.nth(1).click()
  await page.getByRole('button', { name: 'Vorgemerkte vergleichen (2)' }).click()
  await expect(
    page.getByRole('table', { name: 'Vergleich der vorgemerkten Kombinationen' }),
  ).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  await page.emulateMedia({ media: 'print' })
  expect(await axeViolations(page)).toEqual([])
  await page.emulateMedia({ media: 'screen' })

  // The same state opened from its share link in a fresh browser.
  await page.getByRole('button', { name: 'Ergebnis' }).first().click()
  await page.getByRole('button', { name: 'Link kopieren' }).click()
  const link = await page.getByRole('textbox', { name: 'Link zu diesem Stand' }).inputValue()
  const fresh = await context.browser()!.newContext({ locale: 'de-DE' })
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(
    other.getByRole('heading', { name: 'Angaben aus einem geteilten Link' }),
  ).toBeVisible()
  expect(await axeViolations(other)).toEqual([])
  await fresh.close()
})
