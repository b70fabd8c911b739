// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { renderApp } from '../render'
import scenario from '../scenarios/quartiersimpulse-dann-nis-verstetigung.json'

// Worked out in the scenario file: Quartiersimpulse funds the start (85,000 €, years 1–2), NIS
// follows on 1.5.2029 for consolidation (100,000 € of 200,000 €, years 3–5).
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ')

it('shows a sequence: the follow-up grant, its start and the own share per phase', async () => {
  renderApp({ initial: { answers: scenario.answers as Answers, screen: { name: 'combinations' } } })
  const plan = await screen.findByRole('region', {
    name: 'Kombination 1: NIS + Quartiersimpulse',
  })
  const basis = within(plan).getByRole('list', { name: 'Grundlage der Jahresbeträge' })
  const nis = within(basis)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith('NIS'))
  expect(plain(nis?.textContent)).toContain('Beginn frühestens am 01.05.2029')
  expect(plain(nis?.textContent)).toContain(
    'Als Anschluss: NIS beginnt, wenn Quartiersimpulse endet, und trägt die Verstetigung',
  )
  expect(plain(within(plan).getByText(/^Eigenanteil je Phase:/).textContent)).toBe(
    'Eigenanteil je Phase: Umsetzung 0 € von 85.000 €; Verstetigung 100.000 € von 200.000 €.',
  )
  const years = within(plan).getByRole('table', { name: 'Förderung je Projektjahr' })
  expect(plain(within(years).getByRole('row', { name: /^3\. Projektjahr/ }).textContent)).toContain(
    'NIS: 33.334 €',
  )
})
