// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { catalogue } from '../fixtures/data'
import { renderApp } from '../render'
import dayCare from '../scenarios/tagespflege-neue-plaetze-wohlfahrtsverband.json'

// The day-care scenario: the Innovationsprogramm Pflege (last call 31 January 2024) and the
// Fernsehlotterie (1 July 2025) fit, but no call is on record since; no plan remains.
const answers = dayCare.answers as Answers
const rhythm = (id: string, lang: 'de' | 'en') => {
  const recurrence = catalogue.programs.find((x) => x.id === id)!.windows.recurrence
  return recurrence?.kind === 'irregular' ? recurrence.note[lang] : ''
}
const short = (id: string) => {
  const p = catalogue.programs.find((x) => x.id === id)!
  return p.shortName ?? p.name.de
}

it('names the fitting programmes without a known call beside the plans, with their last call', async () => {
  renderApp({ initial: { answers, screen: { name: 'combinations' } } })
  const section = await screen.findByRole('region', {
    name: 'Nicht eingeplant: passende Programme ohne bekannten Aufruf',
  })
  const items = within(section)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  // With the rhythm on record: a round known without its deadline is not passed over.
  expect(items).toContain(
    `${short('bw-innopflege')}: letzter bekannter Aufruf endete am 31.01.2024. ` +
      rhythm('bw-innopflege', 'de'),
  )
  expect(items.find((i) => i?.startsWith(short('bw-innopflege')))).toMatch(
    /Die Runde 2026 \(rund 3 Mio\. €\) ist angekündigt, ihre Frist nicht erfasst\.$/,
  )
  expect(items).toContain(
    `${short('stiftung-fernsehlotterie')}: letzter bekannter Aufruf endete am 01.07.2025. ` +
      rhythm('stiftung-fernsehlotterie', 'de'),
  )
  expect(screen.queryByRole('region', { name: /^Kombination 1/ })).toBeNull()
})

it('names them in the English council handout too', async () => {
  renderApp({ initial: { answers, lang: 'en', screen: { name: 'handout' } } })
  const section = await screen.findByRole('region', {
    name: 'Not planned: fitting programmes without a known call',
  })
  expect(
    within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toContain(
    `${short('bw-innopflege')}: last known call closed on 31/01/2024. ` +
      rhythm('bw-innopflege', 'en'),
  )
})
