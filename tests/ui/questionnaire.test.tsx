// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { hasPieceInAnyLanguage } from '../../src/catalogue-pieces'
import { loadAppData } from '../../src/catalogue-source'
import { recommend } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'
import { renderApp, TODAY } from '../render'

const firstStep = questionnaire.steps[0]!
const placeStep = questionnaire.steps.find((s) => s.questions.some((q) => q.id === 'ownFunds'))!

it('shows an error summary that takes focus and a message next to each field', async () => {
  const { user } = renderApp({ initial: { screen: { name: 'step', stepId: firstStep.id } } })
  await user.click(await screen.findByRole('button', { name: 'Weiter' }))

  const summary = screen.getByRole('group', { name: 'Es gibt ein Problem' })
  expect(summary).toHaveFocus()
  const link = within(summary).getByRole('link', { name: /Welche Organisationen/ })
  const field = screen.getByRole('group', { name: /Welche Organisationen/ })
  expect(field).toHaveAccessibleDescription(/Wählen Sie mindestens eine Antwort/)
  expect(document.title).toMatch(/^Fehler:/)

  await user.click(link)
  expect(screen.getByRole('checkbox', { name: 'Gemeinde oder Stadt' })).toHaveFocus()
  expect(window.location.hash).toBe('')
})

it('reads euro amounts in German number format and rejects text that is no number', async () => {
  const { user, store } = renderApp({
    initial: { screen: { name: 'step', stepId: placeStep.id } },
  })
  const ownFunds = await screen.findByLabelText(/Wie viele Eigenmittel/)
  // The step moves focus to its heading once shown; typing before that would race it.
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus())
  await user.type(ownFunds, '85.000')
  expect(store.getState().answers.ownFunds).toBe(85000)
  await user.tab()
  expect(ownFunds).toHaveValue('85.000')

  await user.clear(ownFunds)
  await user.type(ownFunds, 'viel')
  await user.click(screen.getByRole('button', { name: 'Weiter' }))
  expect(ownFunds).toHaveAccessibleDescription(/Geben Sie den Betrag in Euro als Zahl ein/)
  expect(store.getState().answers.ownFunds).toBeUndefined()
})

it('asks a follow-up only when its condition holds, and drops its answer when it no longer does', async () => {
  const { user, store } = renderApp({ initial: { screen: { name: 'step', stepId: firstStep.id } } })
  const orgs = await screen.findByRole('group', { name: /Welche Organisationen/ })
  expect(screen.queryByRole('group', { name: /gemeinnützig anerkannt/ })).not.toBeInTheDocument()
  await user.click(within(orgs).getByRole('checkbox', { name: 'Eingetragener Verein' }))
  const charitable = screen.getByRole('group', { name: /gemeinnützig anerkannt/ })
  await user.click(within(charitable).getByRole('radio', { name: 'Ja' }))
  await user.click(within(orgs).getByRole('checkbox', { name: 'Eingetragener Verein' }))
  expect(screen.queryByRole('group', { name: /gemeinnützig anerkannt/ })).not.toBeInTheDocument()
  // The hidden answer may stay stored, but it no longer counts anywhere.
  await user.click(within(orgs).getByRole('checkbox', { name: 'Gemeinde oder Stadt' }))
  await user.click(screen.getByRole('button', { name: 'Weiter' }))
  expect(store.getState().screen).toMatchObject({
    name: 'step',
    stepId: questionnaire.steps[1]!.id,
  })
})

it('tells early which programme families cannot fit, and why', async () => {
  const answers = { organisations: ['municipality'] }
  const result = recommend(catalogue, questionnaire, answers, { today: TODAY })
  const levels = new Set(result.programs.filter((p) => p.status !== 'closed').map((p) => p.level))
  const ruledOut = [...levels].filter((level) =>
    result.programs.every(
      (p) => p.level !== level || p.status === 'closed' || p.verdict === 'ineligible',
    ),
  )
  expect(ruledOut.length).toBeGreaterThan(0)

  const { user, i18n } = renderApp({ initial: { screen: { name: 'step', stepId: firstStep.id } } })
  expect(screen.queryByRole('heading', { name: 'Schon jetzt erkennbar' })).not.toBeInTheDocument()
  await user.click(await screen.findByRole('checkbox', { name: 'Gemeinde oder Stadt' }))
  const notice = screen
    .getByRole('heading', { name: 'Schon jetzt erkennbar' })
    .closest('div.kern-alert')
  const items = within(notice as HTMLElement).getAllByRole('listitem')
  expect(items.map((li) => li.textContent?.split(':')[0]).sort()).toEqual(
    ruledOut.map((level) => i18n.t(`levels.${level}`)).sort(),
  )
})

// Issue 14: a start loads the catalogue without the programmes' texts; the families' reasons are
// the programmes' own explanations, so the notice waits for them rather than show none.
it('names a ruled-out family’s reason from the programmes’ texts when they come later', async () => {
  const data = await loadAppData('de')
  expect(hasPieceInAnyLanguage(data, 'results')).toBe(false)
  const { user } = renderApp({ data, initial: { screen: { name: 'step', stepId: firstStep.id } } })
  await user.click(await screen.findByRole('checkbox', { name: 'Gemeinde oder Stadt' }))
  const heading = await screen.findByRole('heading', { name: 'Schon jetzt erkennbar' })
  expect(hasPieceInAnyLanguage(data, 'results')).toBe(true)
  const items = within(heading.closest('div.kern-alert') as HTMLElement).getAllByRole('listitem')
  expect(items.length).toBeGreaterThan(0)
  // "Family: reason", the reason never empty.
  for (const item of items) expect(item.textContent).toMatch(/^[^:]+: \S/)
})

it('keeps answers on the back link and across a language switch, with <html lang> following', async () => {
  const { user, store } = renderApp({ initial: { screen: { name: 'step', stepId: firstStep.id } } })
  await user.click(await screen.findByRole('checkbox', { name: 'Gemeinde oder Stadt' }))
  await user.click(screen.getByRole('button', { name: 'Weiter' }))
  await user.type(screen.getByLabelText(/Wie viele Einwohnerinnen/), '12.500')
  await user.click(screen.getByRole('button', { name: 'Zurück' }))
  expect(screen.getByRole('checkbox', { name: 'Gemeinde oder Stadt' })).toBeChecked()

  await user.click(screen.getByRole('button', { name: 'Switch to English' }))
  expect(document.documentElement.lang).toBe('en')
  expect(
    screen.getByRole('heading', { level: 1, name: 'Organisations involved' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Municipality or town' })).toBeChecked()
  // The English texts arrive in their own chunk the first time, a moment after the switch.
  await user.click(await screen.findByRole('button', { name: 'Continue' }))
  expect(screen.getByLabelText(/How many inhabitants/)).toHaveValue('12,500')
  expect(store.getState().answers).toMatchObject({
    organisations: ['municipality'],
    population: 12500,
  })
})

it('shows the progress through the visible sections', async () => {
  renderApp({ initial: { screen: { name: 'step', stepId: firstStep.id } } })
  expect(await screen.findByText(/^Abschnitt 1 von \d+$/)).toBeInTheDocument()
  expect(screen.getByRole('progressbar', { name: 'Fortschritt im Fragebogen' })).toHaveAttribute(
    'value',
    '1',
  )
})

it('follows the browser back button to the previous section without touching the URL', async () => {
  const { user } = renderApp({ initial: { screen: { name: 'step', stepId: firstStep.id } } })
  await user.click(await screen.findByRole('checkbox', { name: 'Gemeinde oder Stadt' }))
  await user.click(screen.getByRole('button', { name: 'Weiter' }))
  const url = window.location.href
  window.history.back()
  expect(
    await screen.findByRole('heading', { level: 1, name: firstStep.title.de }),
  ).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Gemeinde oder Stadt' })).toBeChecked()
  expect(window.location.href).toBe(url)
})
