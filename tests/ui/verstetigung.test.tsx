// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { recommend, type Answers } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'
import { renderApp, TODAY } from '../render'
import buergerbus from '../scenarios/buergerbus-kleine-gemeinde.json'
import verbund from '../scenarios/mengen-scheer-verbund.json'

// A 2-year project from 1 April 2027 with 4,000 € consolidation costs. The DSEE micro grant runs
// 12 months and funds only implementation: year 2 has no funding, all 4,000 € stay open.
const answers = buergerbus.answers as Answers
const { combinations } = recommend(catalogue, questionnaire, answers, { today: TODAY })
const dseeOnly = combinations.plans.find((p) => p.programs.join('+') === 'bund-dsee-mikro')!
const BUERGERBUS_ROUTE = `Förderprogramm: ${catalogue.programs.find((p) => p.id === 'bw-buergerbus')!.name.de}`

it('shows the plan by year and the Verstetigung gap with its lines in the council handout', async () => {
  expect(dseeOnly).toBeDefined()
  renderApp({ initial: { answers, chosen: ['bund-dsee-mikro'], screen: { name: 'handout' } } })
  const years = await screen.findByRole('table', { name: 'Förderung je Projektjahr' })
  const rows = within(years).getAllByRole('row').slice(1)
  expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
    '1. Projektjahr (ab 01.04.2027)',
    '2. Projektjahr (ab 01.04.2028)',
  ])
  // The status is written out, not only coloured.
  expect(within(rows[1]!).getByText('keine Förderung')).toBeVisible()

  const gap = screen.getByRole('region', {
    name: 'Verstetigung: Finanzierungslücke nach Förderende',
  })
  const value = (key: string) =>
    within(gap).getByText(key).closest('div')!.querySelector('dd')!.textContent
  expect(value('Jahre ohne Förderung')).toBe('2. Projektjahr (ab 01.04.2028)')
  expect(value('Ungedeckte Kosten der Verstetigung (Eigenanteil)')?.replace(/\u00a0/g, ' ')).toBe(
    '4.000 € von 4.000 €',
  )
  const routes = within(gap).getByRole('list', { name: 'Was die Verstetigung tragen kann' })
  const items = within(routes)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  // The municipal budget is its own, last line. The Bürgerbus grant's lump sum pays running
  // costs of both phases and is applied for each spring (1.3.–30.4.): a route to plan with.
  expect(items.at(-1)).toBe('Kommunalhaushalt (Regelfinanzierung durch die Kommune)')
  expect(items).toContain(BUERGERBUS_ROUTE)
  expect(items.some((i) => i.includes('DSEE'))).toBe(false)
})

it('names no route whose last call closed over a year ago with no rhythm on record', async () => {
  // The Bürgerbus data as they stood before its yearly round was found: one call, closed 2024.
  const dormant = {
    ...catalogue,
    programs: catalogue.programs.map((p) =>
      p.id === 'bw-buergerbus'
        ? {
            ...p,
            windows: {
              dates: [{ opens: null, closes: '2024-05-15' }],
              recurrence: { kind: 'irregular' as const, note: { de: '–', en: '–' } },
              fundsFollowingYear: false,
            },
          }
        : p,
    ),
  }
  renderApp({
    data: { catalogue: dormant, questionnaire },
    initial: { answers, chosen: ['bund-dsee-mikro'], screen: { name: 'handout' } },
  })
  const routes = await screen.findByRole('list', { name: 'Was die Verstetigung tragen kann' })
  expect(
    within(routes)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).not.toContain(BUERGERBUS_ROUTE)
})

it('shows no gap section when the funding covers every year and no consolidation costs', async () => {
  const plan = recommend(catalogue, questionnaire, verbund.answers as Answers, {
    today: TODAY,
  }).combinations.plans[0]!
  renderApp({
    initial: {
      answers: verbund.answers as Answers,
      chosen: [plan.programs.join('+')],
      screen: { name: 'handout' },
    },
  })
  expect(await screen.findByRole('table', { name: 'Förderung je Projektjahr' })).toBeVisible()
  expect(screen.queryByRole('heading', { name: /Finanzierungslücke/ })).not.toBeInTheDocument()
})

it('compares the gap of two combinations side by side', async () => {
  // With the Bürgerbus grant (duration not published) year 2 is not a known gap, and it funds
  // 1,000 € of the consolidation costs; the DSEE grant alone leaves year 2 and all 4,000 €.
  const { combinations } = recommend(catalogue, questionnaire, answers, { today: TODAY })
  const both = combinations.plans.find(
    (p) => p.programs.join('+') === 'bund-dsee-mikro+bw-buergerbus',
  )!
  expect(
    both.allocations.filter((a) => a.phase === 'consolidation').reduce((s, a) => s + a.amount, 0),
  ).toBe(1000)
  renderApp({
    initial: {
      answers,
      chosen: ['bund-dsee-mikro+bw-buergerbus', 'bund-dsee-mikro'],
      screen: { name: 'compare' },
    },
  })
  const table = await screen.findByRole('table', {
    name: 'Vergleich der vorgemerkten Kombinationen',
  })
  const row = within(table)
    .getByRole('rowheader', { name: 'Finanzierungslücke nach Förderende (Verstetigung)' })
    .closest('tr')!
  const cells = within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent?.replace(/\u00a0/g, ' '))
  expect(cells[0]).toContain('3.000 € Kosten der Verstetigung ungedeckt')
  expect(cells[1]).toContain(
    'ohne Förderung: Projektjahr 2; 4.000 € Kosten der Verstetigung ungedeckt (+1.000 €)',
  )
  const routes = within(table)
    .getByRole('rowheader', { name: 'Was die Verstetigung tragen kann' })
    .closest('tr')!
  expect(within(routes).getAllByText(/^Kommunalhaushalt/)).toHaveLength(2)
})
