// @vitest-environment jsdom
// Issue 13, part 2: results are language-free codes, so switching the language renders the same
// result in other words and runs no combination search.
import { screen, within } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { searchCombinations } from '../../src/domain/combinations/search'
import { renderApp } from '../render'
import weinheim from '../scenarios/weinheim-luetzelsachsen.json'

vi.mock('../../src/domain/combinations/search', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/combinations/search')>()
  return { ...actual, searchCombinations: vi.fn(actual.searchCombinations) }
})

it('switches the results and the plans to English without searching again', async () => {
  const answers = weinheim.answers as Answers
  const { user } = renderApp({ initial: { answers, screen: { name: 'combinations' } } })
  const plan = await screen.findByRole('region', { name: /^Kombination 1:/ })
  expect(within(plan).getAllByText(/^Antrag stellen: /).length).toBeGreaterThan(0)
  const searches = vi.mocked(searchCombinations).mock.calls.length
  expect(searches).toBeGreaterThan(0)

  await user.click(screen.getByRole('button', { name: 'Switch to English' }))
  const english = await screen.findByRole('region', { name: /^Combination 1:/ })
  // The roadmap and the warnings are rendered anew from the same codes.
  expect(within(english).getAllByText(/^Apply: /).length).toBeGreaterThan(0)
  expect(within(english).queryByText(/^Antrag stellen: /)).toBeNull()
  expect(vi.mocked(searchCombinations).mock.calls.length).toBe(searches)

  await user.click(screen.getByRole('button', { name: 'Auf Deutsch wechseln' }))
  await screen.findByRole('region', { name: /^Kombination 1:/ })
  expect(vi.mocked(searchCombinations).mock.calls.length).toBe(searches)
})
