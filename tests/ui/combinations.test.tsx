// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import {
  combinationKey,
  describeRecommendation,
  formatEuro,
  recommend,
  type Answers,
} from '../../src/domain/index'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { renderApp, TODAY } from '../render'
import verbund from '../scenarios/mengen-scheer-verbund.json'

const answers = verbund.answers as Answers
// Testing Library reads non-breaking spaces as plain ones.
const euro = (n: number) => formatEuro(n, 'de').replace(/\u00a0/g, ' ')
// In words, as the German screen shows them.
const { combinations } = describeRecommendation(
  recommend(catalogue, questionnaire, answers, { today: TODAY }),
  { lang: 'de', questions },
)
const shortName = (id: string) => {
  const p = catalogue.programs.find((q) => q.id === id)!
  return p.shortName ?? p.name.de
}

it('shows the top combinations with their financing plan, roadmap and warnings', async () => {
  const plan = combinations.plans[0]!
  expect(plan).toBeDefined()
  renderApp({ initial: { answers, screen: { name: 'combinations' } } })
  const title = `Kombination 1: ${plan.programs.map(shortName).join(' + ')}`
  const section = await screen.findByRole('region', { name: title })
  expect(screen.getAllByRole('heading', { level: 2, name: /^Kombination \d/ })).toHaveLength(
    Math.min(3, combinations.plans.length),
  )

  const table = within(section).getByRole('table', { name: /Finanzierungsplan: Euro je Programm/ })
  // One column per programme, then the own share and the costs; the sums in the last row.
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
  expect(headers).toEqual(['Kostenblock', ...plan.programs.map(shortName), 'Eigenanteil', 'Kosten'])
  const sums = within(within(table).getByRole('row', { name: /^Summe/ })).getAllByRole('cell')
  const funded = plan.programs.map((id) =>
    plan.allocations.filter((a) => a.programId === id).reduce((s, a) => s + a.amount, 0),
  )
  const shown = (n: number) => (n === 0 ? '–' : euro(n))
  // The amount follows the cell's label for narrow screens (hidden from screen readers).
  const amount = (cell: HTMLElement) => cell.lastChild?.textContent?.replace(/\u00a0/g, ' ')
  expect(sums.map(amount)).toEqual([...funded, plan.ownShare, plan.totalCosts].map(shown))
  // Each cost block's row adds up: programmes and own share pay for its costs.
  const blockRows = within(table).getAllByRole('row').slice(1, -1)
  expect(blockRows.length).toBeGreaterThan(0)
  for (const row of blockRows) {
    const [...amounts] = within(row)
      .getAllByRole('cell')
      .map((c) => Number((amount(c) ?? '').replace(/\D/g, '')))
    const costs = amounts.pop()!
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(costs)
  }
  const totals = within(section).getByText('Gesamtkosten').closest('div')!
  expect(totals).toHaveTextContent(euro(plan.totalCosts))

  const roadmap = within(section).getByRole('list', { name: 'Fahrplan' })
  const steps = within(roadmap).getAllByRole('listitem')
  expect(steps).toHaveLength(plan.steps.length)
  const sorted = [...plan.steps].sort((a, b) => a.order - b.order)
  sorted.forEach((step, i) => expect(steps[i]).toHaveTextContent(step.action))
  for (const step of sorted.filter((s) => s.expected)) {
    const item = steps.find((li) => li.textContent?.includes(step.action))!
    expect(item).toHaveTextContent('voraussichtlich')
  }
  // Undated: Quartiersimpulse runs rounds whose next date is not out yet; offers have no deadline.
  const qi = steps.find((li) => li.textContent?.includes('Quartiersimpulse'))!
  expect(qi).toHaveTextContent('nächste Runde noch nicht bekanntgegeben')
  for (const step of sorted.filter((s) => s.date === null && !s.pending)) {
    const item = steps.find((li) => li.textContent?.includes(step.action))!
    expect(item).toHaveTextContent('ohne feste Frist')
  }
  for (const w of plan.warnings) expect(within(section).getByText(w.message)).toBeInTheDocument()
})

it('marks a combination for comparison and unmarks it again', async () => {
  const { user, store } = renderApp({ initial: { answers, screen: { name: 'combinations' } } })
  const section = await screen.findByRole('region', { name: /^Kombination 1:/ })
  const button = within(section).getByRole('button', { name: /Für den Vergleich vormerken/ })
  await user.click(button)
  expect(button).toHaveAttribute('aria-pressed', 'true')
  expect(store.getState().chosen).toEqual([combinationKey(combinations.plans[0]!.programs)])
  await user.click(button)
  expect(store.getState().chosen).toEqual([])
})

it('asks for the costs when there are none to plan with', async () => {
  const withoutCosts = { ...answers }
  delete withoutCosts.projectCosts
  renderApp({ initial: { answers: withoutCosts, screen: { name: 'combinations' } } })
  expect(await screen.findByText(/Geben Sie im Fragebogen die Kosten/)).toBeInTheDocument()
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})

it('shows "oder: …" for a programme an equal one could replace', async () => {
  const village = (await import('../scenarios/laendliche-gemeinde-dorftreff-verein.json'))
    .answers as Answers
  const { plans } = recommend(catalogue, questionnaire, village, {
    today: TODAY,
  }).combinations
  const n = plans.slice(0, 3).findIndex((p) => p.alternatives?.length) + 1
  expect(n).toBeGreaterThan(0)
  const alternative = plans[n - 1]!.alternatives![0]!
  renderApp({ initial: { answers: village, screen: { name: 'combinations' } } })
  const list = await screen.findByRole('list', { name: `Gleichwertig in Kombination ${n}` })
  // Gut Beraten! is awarded in a competition, its Quartier twin any time: the "oder" says so.
  expect(alternative.lessCertain).toBe(true)
  expect(list).toHaveTextContent(
    `${shortName(alternative.replaces)} – oder: ${shortName(alternative.programId)} (${euro(alternative.amount)}; weniger sicher: Auswahl im Wettbewerb)`,
  )
  // Only plans with an alternative carry the note.
  expect(screen.getAllByRole('list', { name: /^Gleichwertig in Kombination/ })).toHaveLength(
    plans.slice(0, 3).filter((p) => p.alternatives?.length).length,
  )
})

it('names a fitting programme without a published rate beside the plans, never in their sums', async () => {
  // LEADER (share financing, rate set by each action group) fits the Verein's 50,000 € of costs.
  const { default: leader } = await import('../scenarios/leader-verein-ohne-kommune.json')
  renderApp({ initial: { answers: leader.answers as Answers, screen: { name: 'combinations' } } })
  const section = await screen.findByRole('region', { name: /Förderung mit offenem Betrag/ })
  expect(within(section).getByText(new RegExp(`^${shortName('eu-leader-bw')}:`))).toHaveTextContent(
    `${shortName('eu-leader-bw')}: förderfähige Kosten im Vorhaben ${euro(50000)}, Betrag offen`,
  )
  const plan = screen.getByRole('region', { name: /^Kombination 1/ })
  expect(within(plan).queryByText(new RegExp(shortName('eu-leader-bw')))).toBeNull()
})

it('names a fitting programme whose rules fix no euro also when no plan can be formed', async () => {
  // The Familienzentren programme publishes neither a rate nor a maximum (programmes.md): the
  // Verein's 23,000 € of costs form no plan, but the programme is named with them.
  const { default: verein } =
    await import('../scenarios/familienzentrum-quartierstreff-verein.json')
  renderApp({ initial: { answers: verein.answers as Answers, screen: { name: 'combinations' } } })
  expect(
    await screen.findByText('Mit Ihren Angaben lässt sich keine Kombination bilden.', {
      exact: false,
    }),
  ).toBeInTheDocument()
  const section = screen.getByRole('region', { name: /Förderung mit offenem Betrag/ })
  expect(
    within(section).getByText(new RegExp(`^${shortName('bw-familienzentren')}:`)),
  ).toHaveTextContent(
    `${shortName('bw-familienzentren')}: förderfähige Kosten im Vorhaben ${euro(23000)}, Betrag offen; nächste Antragsfrist nicht bekannt`,
  )
})

it('says of an open amount whose programme runs continuously no more than the amount', async () => {
  // KLIMOPASS takes applications all year; its part without a rate is open, its date is not.
  const { default: klima } = await import('../scenarios/klima-quartier-stadt.json')
  renderApp({ initial: { answers: klima.answers as Answers, screen: { name: 'combinations' } } })
  const section = await screen.findByRole('region', { name: /Förderung mit offenem Betrag/ })
  const item = within(section).getByText(new RegExp(`^${shortName('bw-klimopass')}`))
  expect(item).toHaveTextContent('Betrag offen')
  expect(item).not.toHaveTextContent('Antragsfrist')
})
