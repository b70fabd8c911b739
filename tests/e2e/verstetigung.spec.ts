import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { openApp, scenarioAnswers } from './support/app'
import { outsideWidth, scrollsSideways } from './support/layout'

// The council handout of a plan whose funding ends before the project: its years and its
// Verstetigung gap are readable on a phone (< 40em) and free of WCAG 2.1 AA violations.
test.describe.configure({ timeout: 120_000 })
test.use({ viewport: { width: 360, height: 800 } })

test('handout: the years and the Verstetigung gap on a phone', async ({ page, context }) => {
  // The Bürgerbus scenario runs 2 years; the DSEE micro grant alone funds only the first.
  const state = {
    answers: scenarioAnswers('buergerbus-kleine-gemeinde'),
    screen: { name: 'handout' },
    lang: 'de',
    chosen: ['bund-dsee-mikro'],
  }
  await context.addInitScript(
    (v) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('foerderbaukasten', v)
        sessionStorage.setItem('seeded', '1')
      }
    },
    JSON.stringify({ state, version: 1 }),
  )
  await openApp(page)
  const years = page.getByRole('table', { name: 'Förderung je Projektjahr' })
  await expect(years).toBeVisible()
  await expect(years.getByRole('row', { name: /^2\. Projektjahr/ })).toContainText(
    'keine Förderung',
  )
  expect(await scrollsSideways(years)).toEqual([])

  const gap = page.getByRole('region', { name: 'Verstetigung: Finanzierungslücke nach Förderende' })
  await expect(gap).toBeVisible()
  const routes = gap.getByRole('list', { name: 'Was die Verstetigung tragen kann' })
  await expect(routes.getByRole('listitem').last()).toHaveText(/^Kommunalhaushalt/)
  expect(await outsideWidth(gap.getByRole('listitem'))).toEqual([])

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
})
