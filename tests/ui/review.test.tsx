// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { renderApp } from '../render'

const answers = { organisations: ['municipality'], population: 4800, urbanDistrict: false }

it('lists every visible question with its answer and a change link that returns here', async () => {
  const { user, store } = renderApp({ initial: { answers, screen: { name: 'review' } } })
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' }),
  ).toBeInTheDocument()
  const place = screen.getByRole('region', { name: 'Ihre Kommune und das Quartier' })
  expect(within(place).getByText('4.800')).toBeInTheDocument()
  expect(within(place).getAllByText('Nicht beantwortet').length).toBeGreaterThan(0)
  expect(
    screen.getByRole('heading', { name: 'Einige Pflichtfragen sind noch offen' }),
  ).toBeInTheDocument()

  await user.click(within(place).getByRole('button', { name: /Ändern – Wie viele Einwohnerinnen/ }))
  // The step screen's chunk may still be on its way (prefetched while the page is idle).
  const field = await screen.findByLabelText(/Wie viele Einwohnerinnen/)
  // Arriving outside the click, its focus effect runs after the paint that shows the field.
  await waitFor(() => expect(field).toHaveFocus())
  await user.clear(field)
  await user.type(field, '5.100')
  await user.click(screen.getByRole('button', { name: 'Speichern und zurück' }))

  expect(
    screen.getByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' }),
  ).toBeInTheDocument()
  expect(store.getState().answers.population).toBe(5100)
})

it('does not ask for answers a hidden question would need', async () => {
  renderApp({ initial: { answers, screen: { name: 'review' } } })
  await screen.findByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' })
  expect(screen.queryByText(/gemeinnützig anerkannt/)).not.toBeInTheDocument()
})
