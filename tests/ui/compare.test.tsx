// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { recommend } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'
import fullAnswers from '../fixtures/full-answers.json'
import { renderApp, TODAY } from '../render'

const plans = recommend(catalogue, questionnaire, fullAnswers, {
  today: TODAY,
  combinations: { now: () => 0 },
}).combinations.plans
const keys = plans.slice(0, 3).map((p) => p.programs.join('+'))

it('compares marked combinations side by side and highlights differences from the baseline', async () => {
  expect(plans.length).toBeGreaterThanOrEqual(3)
  const { user } = renderApp({
    initial: { answers: fullAnswers, chosen: keys, screen: { name: 'compare' } },
  })
  const table = await screen.findByRole('table', {
    name: 'Vergleich der vorgemerkten Kombinationen',
  })
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
  expect(headers).toEqual([
    'Merkmal',
    'Kombination 1 (Vergleichsbasis)',
    'Kombination 2',
    'Kombination 3',
  ])
  for (const row of ['Förderung insgesamt', 'Eigenanteil', 'Anträge', 'Früheste Frist']) {
    expect(within(table).getByRole('rowheader', { name: row })).toBeInTheDocument()
  }
  // Different programme sets always differ from the baseline in the first row.
  const programmes = within(table).getByRole('rowheader', { name: 'Programme' }).closest('tr')!
  expect(within(programmes).getAllByText(/weicht von der Vergleichsbasis ab/)).toHaveLength(2)

  await user.selectOptions(screen.getByLabelText('Vergleichsbasis'), '1')
  expect(
    within(table).getByRole('columnheader', { name: 'Kombination 2 (Vergleichsbasis)' }),
  ).toBeVisible()
})

it('asks for a second combination before comparing', async () => {
  renderApp({
    initial: { answers: fullAnswers, chosen: keys.slice(0, 1), screen: { name: 'compare' } },
  })
  expect(await screen.findByText(/mindestens zwei Kombinationen/)).toBeVisible()
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})
