// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { recommend, recommendVerdicts, type Answers } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'
import { renderApp, TODAY } from '../render'
import weinheim from '../scenarios/weinheim-luetzelsachsen.json'

const answers = weinheim.answers as Answers
const RUNNING = 'Finanzierungspläne werden berechnet …'
const eligibleNames = () =>
  within(screen.getByRole('region', { name: /^Passende Programme/ }))
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent)

afterEach(() => vi.unstubAllGlobals())

it('shows the verdicts before the combination search, and says the plans are being worked out', async () => {
  // No frame is ever painted: the search, which waits for the first paint, never starts.
  vi.stubGlobal('requestAnimationFrame', () => 0)
  renderApp({ initial: { answers, screen: { name: 'results' } } })
  await screen.findByRole('heading', { level: 1, name: 'Ihr Ergebnis' })
  // A live region, so screen readers hear the message.
  expect(screen.getByText(RUNNING)).toHaveAttribute('role', 'status')
  const verdicts = recommendVerdicts(catalogue, questionnaire, answers, { today: TODAY })
  const expected = verdicts.programs.filter(
    (p) => p.verdict === 'eligible' && p.status !== 'closed',
  )
  // The first cards come with the page, the others right after it (still before the search).
  await waitFor(() => expect(eligibleNames()).toEqual(expected.map((p) => p.name.de)))
  expect(screen.getByText(RUNNING)).toBeInTheDocument()
  // The downloads carry the plans, so they wait for the search.
  expect(screen.queryByRole('heading', { name: 'Herunterladen' })).not.toBeInTheDocument()
})

it('orders the results by the best plan once the search has run, and the message goes', async () => {
  renderApp({ initial: { answers, screen: { name: 'results' } } })
  await screen.findByRole('heading', { level: 2, name: 'Herunterladen' })
  expect(screen.queryByText(RUNNING)).not.toBeInTheDocument()
  const full = recommend(catalogue, questionnaire, answers, { today: TODAY })
  const expected = full.programs.filter((p) => p.verdict === 'eligible' && p.status !== 'closed')
  expect(eligibleNames()).toEqual(expected.map((p) => p.name.de))
})
