import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { columnsOutOfOrder, outsideWidth, scrollsSideways } from './support/layout'
import { openApp, seedSavedState } from './support/app'

// On a phone the financing plan and the comparison show every amount without scrolling
// sideways: one block per programme or combination, one after another (issue 14).
test.describe.configure({ timeout: 120_000 })

// The answers with the most cost blocks (17) and combinations of several programmes.
const answers = JSON.parse(
  readFileSync(new URL('../fixtures/full-answers.json', import.meta.url), 'utf8'),
) as Record<string, unknown>

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
}

for (const width of [360, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test.beforeEach(async ({ context }) => {
      await seedSavedState(context, { answers, screen: { name: 'combinations' } })
    })

    test('the first plan shows each programme, the own share and the costs with every amount', async ({
      page,
    }) => {
      await openApp(page)
      const plan = page.getByRole('region', { name: /^Kombination 1:/ })
      const table = plan.getByRole('table', { name: /^Finanzierungsplan/ })
      await expect(table).toBeVisible()

      const amounts = table.getByRole('cell').filter({ hasText: '€' })
      const columns = table.getByRole('columnheader')
      // Every programme, the own share and the costs have at least their sum in euros.
      expect(await amounts.count()).toBeGreaterThanOrEqual((await columns.count()) - 1)
      expect(await outsideWidth(amounts)).toEqual([])
      expect(await outsideWidth(columns.filter({ hasNotText: 'Kostenblock' }))).toEqual([])
      // The caption wraps instead of being cut off mid-word.
      expect(await outsideWidth(table.locator('caption'))).toEqual([])
      expect(await scrollsSideways(table)).toEqual([])
      // A stacked list per programme: its blocks below its name, before the next programme.
      expect(await columnsOutOfOrder(table)).toEqual([])
      // Each programme's list names its blocks and ends with its sum.
      const sum = table
        .getByRole('row', { name: /^Summe/ })
        .getByRole('cell')
        .first()
      await expect(sum.locator('.fb-stack__label')).toBeVisible()
      await expect(sum.locator('.fb-stack__label')).toHaveText('Summe')

      expect(await axeViolations(page)).toEqual([])
    })

    test('the comparison shows one combination after another, differences marked', async ({
      page,
    }) => {
      await openApp(page)
      const mark = page.getByRole('button', { name: 'Für den Vergleich vormerken' })
      await mark.nth(0).click()
      await mark.nth(1).click()
      await page.getByRole('button', { name: 'Vorgemerkte vergleichen (2)' }).click()
      const table = page.getByRole('table', { name: 'Vergleich der vorgemerkten Kombinationen' })
      await expect(table).toBeVisible()

      const cells = table.getByRole('cell')
      expect(await cells.filter({ hasText: '€' }).count()).toBeGreaterThanOrEqual(4)
      expect(await outsideWidth(cells)).toEqual([])
      expect(await outsideWidth(table.getByRole('columnheader').nth(1))).toEqual([])
      expect(await scrollsSideways(table)).toEqual([])
      expect(await columnsOutOfOrder(table)).toEqual([])

      // Two different programme sets differ at least in their programmes; the mark is a sign
      // as well as a colour, next to the criterion's name.
      const differs = table.locator('td.fb-differs')
      await expect(differs.first()).toBeVisible()
      expect(await outsideWidth(differs)).toEqual([])
      const marker = await differs
        .first()
        .locator('.fb-stack__label')
        .evaluate((el) => getComputedStyle(el, '::before').content)
      expect(marker).toContain('≠')
      await expect(differs.first()).toContainText('weicht von der Vergleichsbasis ab')

      expect(await axeViolations(page)).toEqual([])
    })
  })
}
