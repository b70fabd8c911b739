// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { withCallAnnounced } from '../fixtures/announced-call'
import { questionnaire } from '../fixtures/data'
import { renderApp } from '../render'
import demenz from '../scenarios/betreuungsgruppe-demenz.json'

// The Fernsehlotterie's last known call closed in 2022, so it is dormant and never planned; these
// tests give it a call announced for 2027 (fixtures/announced-call.ts), as a new round would.
// The dementia care group (worked out in the scenario file and certainty.ts): Unterstützung im
// Alltag pays 10,000 € at a known yearly date (a euro counts 80 %), the Fernsehlotterie 12,000 €
// in a competition (64 %). Both: 22,000 €, weighted 8,000 + 7,680 = 15,680 €. UstA alone:
// 10,000 €, weighted 8,000 €. Fernsehlotterie alone: 12,000 €, weighted 7,680 €.
const answers = demenz.answers as Answers
const data = { catalogue: withCallAnnounced(['stiftung-fernsehlotterie']), questionnaire }
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ')

it('says in one line why each combination stands where it stands, in German', async () => {
  renderApp({ data, initial: { answers, screen: { name: 'combinations' } } })
  const first = await screen.findByRole('region', {
    name: 'Kombination 1: Unterstützung im Alltag + Fernsehlotterie',
  })
  // 22,000 − 10,000 = 12,000 €, 120 % of 10,000 €.
  expect(plain(within(first).getByText('Warum vorn:').closest('p')?.textContent)).toBe(
    'Warum vorn: bringt 12.000 € (120 %) mehr als die sicherere Kombination 2, auch nach ' +
      'Sicherheit gewichtet mehr (15.680 € gegen 8.000 €). Am unsichersten: Fernsehlotterie ' +
      '(Auswahl im Wettbewerb). Gewichtung: Euro aus Aufrufen mit Termin zählen 80 %, aus ' +
      'Wettbewerben und Runden ohne Termin 64 %.',
  )
  const second = screen.getByRole('region', { name: 'Kombination 2: Unterstützung im Alltag' })
  // 12,000 − 10,000 = 2,000 €, 20 % of 10,000 €; weighted 8,000 € against 7,680 €.
  expect(plain(within(second).getByText('Warum auf Platz 2:').closest('p')?.textContent)).toBe(
    'Warum auf Platz 2: Kombination 3 bringt 2.000 € (20 %) mehr, aber weniger sicher: nach ' +
      'Sicherheit gewichtet 8.000 € gegen 7.680 €. Am unsichersten: Unterstützung im Alltag ' +
      '(Antrag zu bekanntem oder erwartetem Termin). Gewichtung: Euro aus Aufrufen mit Termin ' +
      'zählen 80 %, aus Wettbewerben und Runden ohne Termin 64 %.',
  )
})

it('gives the same reason in English', async () => {
  renderApp({ data, initial: { answers, lang: 'en', screen: { name: 'combinations' } } })
  const first = await screen.findByRole('region', {
    name: /^Combination 1: /,
  })
  expect(plain(within(first).getByText('Why first:').closest('p')?.textContent)).toMatch(
    /^Why first: brings €12,000 \(120 %\) more than the more certain combination 2/,
  )
})
