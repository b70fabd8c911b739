// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { renderApp } from '../render'
import buergerbus from '../scenarios/buergerbus-kleine-gemeinde.json'

// A 2-year project. The DSEE micro grant runs 12 months and pays at most 2,500 € (90 % of
// 2,800 € = 2,520 €): year 1 only. The Bürgerbus grant has no published duration, so with it
// year 2 is unknown rather than unfunded.
it('compares the combinations year by year, in project order', async () => {
  renderApp({
    initial: {
      answers: buergerbus.answers as Answers,
      chosen: ['bund-dsee-mikro+bw-buergerbus', 'bund-dsee-mikro'],
      screen: { name: 'compare' },
    },
  })
  const table = await screen.findByRole('table', {
    name: 'Vergleich der vorgemerkten Kombinationen',
  })
  const row = within(table)
    .getByRole('rowheader', { name: 'Förderung je Projektjahr' })
    .closest('tr')!
  const items = within(row)
    .getAllByRole('cell')
    .map((cell) =>
      within(cell)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/\u00a0/g, ' ')),
    )
  expect(items).toEqual([
    ['1. Jahr: 2.500 €', '2. Jahr: unbekannt'],
    ['1. Jahr: 2.500 €', '2. Jahr: keine Förderung'],
  ])
  // The second column differs from the baseline in year 2, and says so for screen readers.
  expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(
    '(weicht von der Vergleichsbasis ab)',
  )
})
