// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import type { Answers } from '../../src/domain/index'
import { renderApp } from '../render'
import house from '../scenarios/mehrgenerationenhaus-kreisstadt.json'
import klima from '../scenarios/klima-quartier-stadt.json'
import buergerbus from '../scenarios/buergerbus-kleine-gemeinde.json'

// The Mehrgenerationenhaus: the Bundesprogramm's funding period runs to 31.12.2028 and decides as
// applications arrive, so that date is the end of an open window, not a deadline to wait for.
it('dates a step by the end of an open window as "laufend bis", in German and English', async () => {
  const answers = house.answers as Answers
  const { unmount } = renderApp({ initial: { answers, screen: { name: 'combinations' } } })
  const first = await screen.findByRole('region', { name: /^Kombination 1/ })
  const roadmap = within(first).getByRole('list', { name: 'Fahrplan' })
  const mgh = within(roadmap)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes('MGH'))!
  expect(mgh).toHaveTextContent(/^laufend bis 31\.12\.2028/)
  unmount()
  renderApp({ initial: { answers, lang: 'en', screen: { name: 'combinations' } } })
  const firstEn = await screen.findByRole('region', { name: /^Combination 1/ })
  const steps = within(within(firstEn).getByRole('list', { name: 'Roadmap' })).getAllByRole(
    'listitem',
  )
  expect(steps.find((li) => li.textContent?.includes('MGH'))).toHaveTextContent(
    /^open until 31\/12\/2028/,
  )
})

// Klimaschutz-Plus tops up the BAFA's BEG EM, which is not in the catalogue: BEG must be approved
// before the top-up is filed by 31.12.2026, so its step reads as a limit to beat.
it('dates the base grant a top-up needs as "bewilligt vor dem"', async () => {
  renderApp({ initial: { answers: klima.answers as Answers, screen: { name: 'combinations' } } })
  const first = await screen.findByRole('region', { name: /^Kombination 1/ })
  const steps = within(within(first).getByRole('list', { name: 'Fahrplan' })).getAllByRole(
    'listitem',
  )
  const base = steps.find((li) => li.textContent?.includes('Zuerst beantragen'))!
  expect(base).toHaveTextContent(/^bewilligt vor dem 31\.12\.2026/)
  const topUp = steps.find((li) => li.textContent?.includes('Antrag stellen: Klimaschutz-Plus'))!
  expect(topUp).toHaveTextContent(/^31\.12\.2026/)
})

// The DSEE micro grant's window opens on 15 January and closes on 15 October (its 2025 round):
// a projected round is shown as its window, so a start in April need not wait for October.
it('dates a projected round by its window where the data record its opening day', async () => {
  renderApp({
    initial: { answers: buergerbus.answers as Answers, screen: { name: 'combinations' } },
  })
  const first = await screen.findByRole('region', { name: /^Kombination 1/ })
  const steps = within(within(first).getByRole('list', { name: 'Fahrplan' })).getAllByRole(
    'listitem',
  )
  expect(steps.find((li) => li.textContent?.includes('DSEE'))).toHaveTextContent(
    /^15\.01\.2027 bis 15\.10\.2027 voraussichtlich/,
  )
  expect(steps.find((li) => li.textContent?.includes('Bürgerbus'))).toHaveTextContent(
    /^01\.03\.2027 bis 30\.04\.2027 voraussichtlich/,
  )
})
