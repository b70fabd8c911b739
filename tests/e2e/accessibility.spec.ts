import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { openApp } from './support/app'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa']

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(', ')}`)
}

test('start page: no WCAG 2.1 AA violations', async ({ page }) => {
  await openApp(page)
  expect(await axeViolations(page)).toEqual([])
})
