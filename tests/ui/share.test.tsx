// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodeShareLink } from '../../src/domain/index'
import { CURRENT_SHARE_SCHEMA } from '../../src/domain/share/versions/index'
import { catalogue, questionnaire } from '../fixtures/data'
import fixture from '../fixtures/share-links/v1.json'
import { memoryStorage, renderApp } from '../render'

function openWithHash(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
}

afterEach(() => window.history.replaceState(null, '', '/'))

describe('opening a share link', () => {
  it('restores the answers, shows the results and clears the fragment', async () => {
    openWithHash(fixture.link)
    const { store } = renderApp()
    expect(await screen.findByRole('heading', { level: 2, name: /geteilten Link/ })).toBeVisible()
    expect(store.getState().answers).toEqual(fixture.expected.answers)
    expect(store.getState().screen).toEqual({ name: 'results' })
    expect(store.getState().chosen).toEqual(fixture.expected.combinations.map((c) => c.join('+')))
    expect(window.location.hash).toBe('')
  })

  it('takes the skip link jump to the content (#main) for no link at all', async () => {
    // Used on the start page before the app's script runs, the skip link sets the fragment.
    openWithHash('#main')
    renderApp()
    expect(await screen.findByRole('button', { name: 'Jetzt beginnen' })).toBeVisible()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('reports a fragment that names nothing on the page', async () => {
    openWithHash('#hallo')
    renderApp()
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(/kein Link des Förderbaukastens/)).toBeVisible()
  })

  it('shows a clear message and an empty questionnaire for a garbage link', async () => {
    openWithHash('#v1.kaputt!!')
    const { store } = renderApp()
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Dieser Link lässt sich nicht öffnen')).toBeVisible()
    expect(within(alert).getByText(/kein Link des Förderbaukastens/)).toBeVisible()
    expect(store.getState().answers).toEqual({})
    expect(screen.getByRole('button', { name: 'Jetzt beginnen' })).toBeVisible()
  })

  it('says a link of 200,000 characters cannot be opened, and keeps the saved answers', async () => {
    openWithHash(`#v1.${'A'.repeat(200_000 - 3)}`)
    const saved = { population: 333 }
    const { store } = renderApp({ initial: { answers: saved } })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Dieser Link lässt sich nicht öffnen')).toBeVisible()
    expect(within(alert).getByText(/gespeicherten Angaben bleiben unverändert/)).toBeVisible()
    expect(store.getState().answers).toEqual(saved)
    expect(window.location.hash).toBe('')
  })

  it('asks before replacing saved answers, and keeps them when told to', async () => {
    openWithHash(fixture.link)
    const storage = memoryStorage()
    const saved = { population: 333 }
    const { store, user } = renderApp({ storage, initial: { answers: saved } })
    const dialog = await screen.findByRole('dialog', { name: 'Angaben aus dem Link übernehmen?' })
    expect(store.getState().answers).toEqual(saved)
    await user.click(within(dialog).getByRole('button', { name: 'Meine Angaben behalten' }))
    expect(store.getState().answers).toEqual(saved)
  })

  it('says so when the catalogue changed since the link was made', async () => {
    const old = encodeShareLink(
      { answers: { population: 4200 }, combinations: [] },
      questionnaire,
      '2024-01-15',
    )
    openWithHash(old.fragment)
    renderApp()
    expect(await screen.findByText(/seit dem Erstellen des Links aktualisiert/)).toBeVisible()
    expect(catalogue.asOf).not.toBe('2024-01-15')
  })
})

describe('copying the link', () => {
  it('copies a link that carries the answers and confirms it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const { user } = renderApp({
      initial: { answers: { population: 4200 }, screen: { name: 'results' } },
    })
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(await screen.findByRole('button', { name: 'Link kopieren' }))
    expect(await screen.findByText(/^Link kopiert/)).toBeVisible()
    const link = (screen.getByRole('textbox', { name: 'Link zu diesem Stand' }) as HTMLInputElement)
      .value
    expect(writeText).toHaveBeenCalledWith(link)
    expect(link).toMatch(new RegExp(`#v${CURRENT_SHARE_SCHEMA.version}\\.[A-Za-z0-9_-]+$`))
  })
})
