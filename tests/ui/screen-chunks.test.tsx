// @vitest-environment jsdom
// Each screen is a chunk of its own (src/ui/screens/screen-modules.ts). Offline, a chunk the
// service worker does not hold yet cannot load: the view must say so, and the answers stay.
import { act, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { renderApp } from '../render'

vi.mock('../../src/ui/screens/review-screen', () => {
  throw new Error('chunk not available offline')
})

it('names a view that cannot be loaded, and keeps the answers', async () => {
  const answers = { population: 4800 }
  const { store } = renderApp({ initial: { answers, screen: { name: 'start' } } })
  await screen.findByRole('heading', { level: 1 })
  act(() => store.getState().goTo({ name: 'review' }))
  // The failed import settles after the module graph is walked: slow on a busy 2-core machine.
  expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
    'Diese Ansicht konnte nicht geladen werden. Bitte prüfen Sie die Internetverbindung',
  )
  expect(screen.queryByText(/Förderkatalog konnte nicht geladen/)).not.toBeInTheDocument()
  expect(store.getState().answers).toEqual(answers)
})

it('names the view, not the catalogue, when the screen a visit opens on cannot be loaded', async () => {
  // The saved screen is the one that cannot load: the catalogue and the app around it did.
  const answers = { population: 4800 }
  const { store } = renderApp({ initial: { answers, screen: { name: 'review' } } })
  expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
    'Diese Ansicht konnte nicht geladen werden. Bitte prüfen Sie die Internetverbindung',
  )
  expect(screen.queryByText(/Förderkatalog konnte nicht geladen/)).not.toBeInTheDocument()
  expect(store.getState().answers).toEqual(answers)
})
