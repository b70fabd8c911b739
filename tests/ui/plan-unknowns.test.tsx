// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { catalogue } from '../fixtures/data'
import { renderApp } from '../render'
import weinheim from '../scenarios/weinheim-luetzelsachsen.json'

// Weinheim's first plan holds Quartiersimpulse, whose minimum own share is not published: the
// plan shows 0 € own share on it, and must say that this is open (data/programs unknowns).
const answers = weinheim.answers as Answers
const unknownsOf = (id: string) => catalogue.programs.find((p) => p.id === id)!.unknowns

it('names what the sources leave open about each programme of a plan', async () => {
  renderApp({ initial: { answers, screen: { name: 'combinations' } } })
  const plan = await screen.findByRole('region', { name: /^Kombination 1: / })
  const list = within(plan).getByRole('list', { name: 'Was die Quellen offenlassen' })
  const items = within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  const qi = unknownsOf('q2030-quartiersimpulse')
  expect(qi.length).toBeGreaterThan(0)
  for (const text of qi) expect(items).toContain(`Quartiersimpulse: ${text.de}`)
  // Only the plan's programmes: none of a programme outside it.
  const outside = unknownsOf('bw-nis')[0]!.de
  expect(items.some((i) => i?.includes(outside))).toBe(false)
})

it('names them in English on the handout', async () => {
  renderApp({
    initial: {
      answers,
      lang: 'en',
      chosen: ['q2030-quartiersimpulse'],
      screen: { name: 'handout' },
    },
  })
  const list = await screen.findByRole('list', { name: 'What the sources leave open' })
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toContain(`Quartiersimpulse: ${unknownsOf('q2030-quartiersimpulse')[0]!.en}`)
})
