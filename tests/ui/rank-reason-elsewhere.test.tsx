// @vitest-environment jsdom
// "Warum vorn" where the list of combinations is not beside the plan: the council handout and
// the compare view give each plan's place in the list and name the combination after it.
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { withCallAnnounced } from '../fixtures/announced-call'
import { questionnaire } from '../fixtures/data'
import { renderApp } from '../render'
import demenz from '../scenarios/betreuungsgruppe-demenz.json'

// The Fernsehlotterie's last known call closed in 2022, so it is dormant and never planned; these
// tests give it a call announced for 2027 (fixtures/announced-call.ts), as a new round would.
// The dementia care group, as in rank-reason.test.tsx: 1. Unterstützung im Alltag +
// Fernsehlotterie 22,000 € (weighted 8,000 + 7,680 = 15,680 €), 2. Unterstützung im Alltag
// 10,000 € at a known yearly date (weighted 80 %: 8,000 €), 3. Fernsehlotterie 12,000 € in a
// competition (weighted 64 %: 7,680 €).
const answers = demenz.answers as Answers
const data = { catalogue: withCallAnnounced(['stiftung-fernsehlotterie']), questionnaire }
const USTA = 'bw-usta'
const LOTTERY = 'stiftung-fernsehlotterie'
const BOTH = `${USTA}+${LOTTERY}`
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ')

const WEIGHTS_DE =
  'Gewichtung: Euro aus Aufrufen mit Termin zählen 80 %, aus Wettbewerben und Runden ohne ' +
  'Termin 64 %.'

it('gives the handout plan its place in the list and names the plan after it', async () => {
  renderApp({ data, initial: { answers, chosen: [USTA], screen: { name: 'handout' } } })
  const plan = await screen.findByRole('region', { name: 'Kombination 2: Unterstützung im Alltag' })
  // 12,000 − 10,000 = 2,000 € more for plan 3, 20 % of 10,000 €; weighted 8,000 € against 7,680 €.
  expect(plain(within(plan).getByText('Warum auf Platz 2:').closest('p')?.textContent)).toBe(
    'Warum auf Platz 2: Kombination 3 der Vorschlagsliste (Fernsehlotterie) bringt 2.000 € ' +
      '(20 %) mehr, aber weniger sicher: nach Sicherheit gewichtet 8.000 € gegen 7.680 €. Am ' +
      'unsichersten: Unterstützung im Alltag (Antrag zu bekanntem oder erwartetem Termin). ' +
      WEIGHTS_DE,
  )
})

it('says why the first plan leads in the English handout', async () => {
  renderApp({ data, initial: { answers, lang: 'en', chosen: [BOTH], screen: { name: 'handout' } } })
  const plan = await screen.findByRole('region', { name: /^Combination 1: / })
  // 22,000 − 10,000 = 12,000 €, 120 % of 10,000 €; weighted 15,680 € against 8,000 €.
  expect(plain(within(plan).getByText('Why first:').closest('p')?.textContent)).toMatch(
    /^Why first: brings €12,000 \(120 %\) more than the more certain combination 2 of the list of proposals \(Unterstützung im Alltag\), more even weighted by certainty \(€15,680 against €8,000\)\./,
  )
})

it('shows each compared plan’s place and reason in a row of its own', async () => {
  // Marked last plan first: the columns follow the marks, the row names the list's places.
  renderApp({ data, initial: { answers, chosen: [LOTTERY, BOTH], screen: { name: 'compare' } } })
  const table = await screen.findByRole('table', {
    name: 'Vergleich der vorgemerkten Kombinationen',
  })
  const row = within(table).getByRole('rowheader', { name: 'Platz in der Vorschlagsliste' })
  const cells = within(row.closest('tr')!)
    .getAllByRole('cell')
    .map((c) => plain(c.textContent))
  expect(cells[0]).toBe(
    'Platz in der Vorschlagsliste' +
      'Warum auf Platz 3: Die Kombinationen davor sind sicherer oder bringen mehr. Am ' +
      'unsichersten: Fernsehlotterie (Auswahl im Wettbewerb).',
  )
  expect(cells[1]).toBe(
    'Platz in der Vorschlagsliste' +
      'Warum vorn: bringt 12.000 € (120 %) mehr als die sicherere Kombination 2 der ' +
      'Vorschlagsliste (Unterstützung im Alltag), auch nach Sicherheit gewichtet mehr ' +
      '(15.680 € gegen 8.000 €). Am unsichersten: Fernsehlotterie (Auswahl im Wettbewerb). ' +
      WEIGHTS_DE +
      ' (weicht von der Vergleichsbasis ab)',
  )
})

it('names the place row in English', async () => {
  renderApp({
    data,
    initial: { answers, lang: 'en', chosen: [BOTH, USTA], screen: { name: 'compare' } },
  })
  const table = await screen.findByRole('table', { name: /^Comparison/ })
  const row = within(table).getByRole('rowheader', { name: 'Place in the list of proposals' })
  const second = within(row.closest('tr')!).getAllByRole('cell')[1]!
  expect(plain(second.textContent)).toMatch(
    /Why in place 2: combination 3 of the list of proposals \(Fernsehlotterie\) brings €2,000 \(20 %\) more, but less certain/,
  )
})
