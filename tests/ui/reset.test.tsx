// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { renderApp } from '../render'

const initial = { answers: { population: 4800 }, screen: { name: 'review' } as const }

it('asks before starting again and keeps everything on cancel', async () => {
  const { user, store } = renderApp({ initial })
  await screen.findByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' })
  await user.click(screen.getByRole('button', { name: 'Neu beginnen' }))
  const dialog = await screen.findByRole('dialog', { name: 'Wirklich neu beginnen?' })
  expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus()
  await user.click(screen.getByRole('button', { name: 'Abbrechen' }))
  expect(dialog).not.toBeInTheDocument()
  expect(store.getState().answers).toEqual({ population: 4800 })
})

it('clears answers and saved state after confirmation and returns to the start', async () => {
  const { user, store, storage } = renderApp({ initial })
  await user.click(await screen.findByRole('button', { name: 'Neu beginnen' }))
  await user.click(await screen.findByRole('button', { name: 'Ja, alle Angaben löschen' }))
  expect(store.getState().answers).toEqual({})
  expect(JSON.parse(storage.getItem('foerderbaukasten') as string).state.answers).toEqual({})
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Welche Förderung passt zu Ihrem Quartiersprojekt?',
    }),
  ).toBeInTheDocument()
})
