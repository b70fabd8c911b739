// @vitest-environment jsdom
// Issue 14: the app starts with the catalogue's texts in one language and without its long texts;
// a language switch loads the other language's texts, an opened card its sources.
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { hasPiece } from '../../src/catalogue-pieces'
import { loadAppData } from '../../src/catalogue-source'
import type { Answers } from '../../src/domain/index'
import { catalogue } from '../fixtures/data'
import { renderApp } from '../render'
import weinheim from '../scenarios/weinheim-luetzelsachsen.json'

it('shows the programmes in English after a switch and a card’s sources once opened', async () => {
  const data = await loadAppData('de')
  expect(hasPiece(data, 'texts', 'en')).toBe(false)
  const answers = weinheim.answers as Answers
  const { user } = renderApp({ data, initial: { answers, screen: { name: 'results' } } })
  const program = catalogue.programs.find((p) => p.id === weinheim.expect.eligible[0])!
  await screen.findByRole('article', { name: program.name.de })

  await user.click(screen.getByRole('button', { name: 'Switch to English' }))
  const card = await screen.findByRole('article', { name: program.name.en })
  expect(within(card).getByText(program.summary.en)).toBeInTheDocument()

  await user.click(await within(card).findByText('Conditions and sources'))
  const source = program.sources[0]!
  expect(await within(card).findByRole('link', { name: source.title })).toHaveAttribute(
    'href',
    source.url,
  )
})
