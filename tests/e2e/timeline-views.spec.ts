import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openApp, scenarioAnswers, seedSavedState } from './support/app'

// The plan over the years and its Verstetigung gap are readable where a plan is shown: the
// combinations screen, the council handout and the compare view; each free of WCAG 2.1 AA
// violations. The Quartiersimpulse case (tests/scenarios) runs four years: the grant funds
// 42,500 € in years 1 and 2 and nothing after; all 96,000 € of consolidation stay open.
test.describe.configure({ timeout: 120_000 })
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const QI = 'quartierskoordination-quartiersimpulse-vier-jahre'

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
}

/** The Quartiersimpulse plan's years and gap inside `scope`. */
async function expectYearsAndGap(scope: Locator) {
  const years = scope.getByRole('table', { name: 'Förderung je Projektjahr' })
  await expect(years).toBeVisible()
  await expect(years.getByRole('row', { name: /^1\. Projektjahr/ })).toContainText('42.500')
  await expect(years.getByRole('row', { name: /^2\. Projektjahr/ })).toContainText('42.500')
  await expect(years.getByRole('row', { name: /^3\. Projektjahr/ })).toContainText(
    'keine Förderung',
  )
  await expect(years.getByRole('row', { name: /^4\. Projektjahr/ })).toContainText(
    'keine Förderung',
  )
  const gap = scope.getByRole('region', {
    name: 'Verstetigung: Finanzierungslücke nach Förderende',
  })
  await expect(gap).toBeVisible()
  await expect(gap).toContainText(/96\.000\s€ von 96\.000\s€/)
  const routes = gap.getByRole('list', { name: 'Was die Verstetigung tragen kann' })
  await expect(routes.getByRole('listitem').last()).toHaveText(/^Kommunalhaushalt/)
}

test('plan view: the years, the gap and why the plan stands first', async ({ page, context }) => {
  await seedSavedState(context, { answers: scenarioAnswers(QI), screen: { name: 'combinations' } })
  await openApp(page)
  const plan = page.getByRole('region', { name: 'Kombination 1: Quartiersimpulse' })
  await expect(plan.getByText('Warum vorn:')).toBeVisible()
  await expectYearsAndGap(plan)
  expect(await axeViolations(page)).toEqual([])
})

test('handout: the years, the gap and why the chosen plan stands first', async ({
  page,
  context,
}) => {
  await seedSavedState(context, {
    answers: scenarioAnswers(QI),
    chosen: ['q2030-quartiersimpulse'],
    screen: { name: 'handout' },
  })
  await openApp(page)
  await expect(page.getByRole('main').getByText('Warum vorn:')).toBeVisible()
  await expectYearsAndGap(page.getByRole('main'))
  expect(await axeViolations(page)).toEqual([])
})

test('compare view: the years, the gap and each plan’s place side by side', async ({
  page,
  context,
}) => {
  // The Quartiersimpulse-then-NIS case runs five years: NIS funds all five, Quartiersimpulse alone
  // funds years 1 and 2 only (24 months). The clock stands at the scenario's day: NIS's last
  // known round closed on 30 November 2025 and is dormant a year later.
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'))
  await seedSavedState(context, {
    answers: scenarioAnswers('quartiersimpulse-dann-nis-verstetigung'),
    chosen: ['bw-nis', 'q2030-quartiersimpulse'],
    screen: { name: 'compare' },
  })
  await openApp(page)
  const table = page.getByRole('table', { name: 'Vergleich der vorgemerkten Kombinationen' })
  const row = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
  const years = row('Förderung je Projektjahr').getByRole('cell')
  await expect(years.nth(0)).toContainText(/3\. Jahr: [\d.]+\s€/)
  await expect(years.nth(1)).toContainText('3. Jahr: keine Förderung')
  const gap = row('Finanzierungslücke nach Förderende (Verstetigung)').getByRole('cell')
  await expect(gap.nth(1)).toContainText('ohne Förderung: Projektjahre 3–5')
  const place = row('Platz in der Vorschlagsliste').getByRole('cell')
  await expect(place.nth(0)).toContainText(/Warum (vorn|auf Platz \d+):/)
  await expect(place.nth(1)).toContainText(/Warum (vorn|auf Platz \d+):/)
  expect(await axeViolations(page)).toEqual([])
})
