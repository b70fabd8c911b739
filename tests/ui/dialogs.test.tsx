// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import fixture from '../fixtures/share-links/v1.json'
import { renderApp } from '../render'

afterEach(() => {
  window.history.replaceState(null, '', '/')
  document.body.replaceChildren()
})

// Both questions the app asks are one dialog: Escape keeps, and the focus goes back.
describe('confirmation dialogs', () => {
  it('the reset question closes on Escape, keeps the answers and refocuses its button', async () => {
    const { user, store } = renderApp({
      initial: { answers: { population: 4800 }, screen: { name: 'review' } },
    })
    // The screen first: once in, it moves the focus to its heading (an effect, which may run a
    // moment after the heading is in the document).
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Prüfen Sie Ihre Angaben',
    })
    await waitFor(() => expect(heading).toHaveFocus())
    const reset = screen.getByRole('button', { name: 'Neu beginnen' })
    await user.click(reset)
    // The dialog is a chunk of its own (src/ui/components/page-header.tsx): it comes a moment later.
    const dialog = await screen.findByRole('dialog', { name: 'Wirklich neu beginnen?' })
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(dialog).not.toBeInTheDocument()
    expect(reset).toHaveFocus()
    expect(store.getState().answers).toEqual({ population: 4800 })
  })

  it('the share-link question closes on Escape, keeps the answers and refocuses', async () => {
    window.history.replaceState(null, '', `/${fixture.link}`)
    // Whatever had the focus when the dialog opened gets it back.
    const before = document.createElement('button')
    document.body.append(before)
    before.focus()
    const saved = { population: 333 }
    const { user, store } = renderApp({ initial: { answers: saved } })
    const dialog = await screen.findByRole('dialog', { name: 'Angaben aus dem Link übernehmen?' })
    // Escape from inside the dialog (jsdom has no inert, so the screen's heading may hold focus).
    screen.getByRole('button', { name: 'Meine Angaben behalten' }).focus()
    await user.keyboard('{Escape}')
    expect(dialog).not.toBeInTheDocument()
    expect(before).toHaveFocus()
    expect(store.getState().answers).toEqual(saved)
  })
})
