// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { renderApp } from '../render'
import kfw from '../scenarios/stadt-energetisches-quartier-kfw432.json'

// The KfW-432 town (worked out in the scenario file): Kommunalrichtlinie + NIS bring 300,000 €,
// both rolling; KfW 432 + NIS bring 357,000 €, but KfW 432 is a call with a date (its euros count
// 80 %): 0.8 × 315,000 + 42,000 = 294,000 €. KfW 432 alone: 315,000 €.
const answers = kfw.answers as Answers
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ')

it('says in one line why each combination stands where it stands, in German', async () => {
  renderApp({ initial: { answers, screen: { name: 'combinations' } } })
  const first = await screen.findByRole('region', {
    name: 'Kombination 1: Kommunalrichtlinie + NIS',
  })
  expect(plain(within(first).getByText('Warum vorn:').closest('p')?.textContent)).toBe(
    'Warum vorn: Kombination 2 bringt 57.000 € (19 %) mehr, aber weniger sicher: nach ' +
      'Sicherheit gewichtet 300.000 € gegen 294.000 €. Alle Anträge laufend beantragbar oder ' +
      'mit Rechtsanspruch. Gewichtung: Euro aus Aufrufen mit Termin zählen 80 %, aus ' +
      'Wettbewerben und Runden ohne Termin 64 %.',
  )
  const second = screen.getByRole('region', { name: 'Kombination 2: KfW 432 + NIS' })
  // 357,000 − 315,000 = 42,000 €, 13.3 % of 315,000 €.
  expect(plain(within(second).getByText('Warum auf Platz 2:').closest('p')?.textContent)).toBe(
    'Warum auf Platz 2: so sicher wie Kombination 3, bringt 42.000 € (13 %) mehr. ' +
      'Am unsichersten: KfW 432 (Antrag zu bekanntem oder erwartetem Termin).',
  )
})

it('gives the same reason in English', async () => {
  renderApp({ initial: { answers, lang: 'en', screen: { name: 'combinations' } } })
  const first = await screen.findByRole('region', {
    name: 'Combination 1: Kommunalrichtlinie + NIS',
  })
  expect(plain(within(first).getByText('Why first:').closest('p')?.textContent)).toMatch(
    /^Why first: combination 2 brings €57,000 \(19 %\) more, but less certain/,
  )
})
