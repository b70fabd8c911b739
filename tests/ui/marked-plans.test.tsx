// @vitest-environment jsdom
// A shared link's marked combination that the search no longer lists in its top 10 is shown
// like any other, and one that cannot be formed is named with its reason (issue 13 §3).
import { act, screen, within } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { encodeShareLink, recommend } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'
import fullAnswers from '../fixtures/full-answers.json'
import { renderApp, TODAY } from '../render'

// The files the download buttons offer, kept instead of handed to the browser.
const downloads = vi.hoisted(() => new Map<string, string>())
vi.mock('../../src/ui/share/download', () => ({
  downloadText: (name: string, text: string) => void downloads.set(name, text),
}))

afterEach(() => window.history.replaceState(null, '', '/'))

const result = recommend(catalogue, questionnaire, fullAnswers, { today: TODAY })
const top = result.combinations.plans
const programs = new Map(catalogue.programs.map((p) => [p.id, p] as const))
const nameOf = (id: string) => programs.get(id)!.shortName ?? programs.get(id)!.name.de
// A public programme of the best plan alone: formable, but no plan of the list.
const single = top[0]!.programs.find(
  (id) => !top.some((p) => p.key === id) && !programs.get(id)!.combination.subsidiary,
)!
const ineligible = result.programs.find(
  (p) =>
    p.verdict === 'ineligible' && p.deadline.state !== 'closed' && p.deadline.state !== 'dormant',
)!.id

it('a shared link whose marked plan left the top 10 shows it in the compare view', async () => {
  expect(single).toBeDefined()
  const link = encodeShareLink(
    {
      answers: fullAnswers,
      combinations: [top[0]!.programs, [single], [top[0]!.programs[0]!, ineligible]],
    },
    questionnaire,
    catalogue.asOf,
  )
  window.history.replaceState(null, '', `/${link.fragment}`)
  const { store, user } = renderApp()
  await screen.findByRole('heading', { level: 2, name: /geteilten Link/ })
  act(() => store.getState().goTo({ name: 'compare' }))

  const table = await screen.findByRole('table', {
    name: 'Vergleich der vorgemerkten Kombinationen',
  })
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Merkmal', 'Kombination 1 (Vergleichsbasis)', 'Kombination 2'])
  const row = within(table).getByRole('rowheader', { name: 'Programme' }).closest('tr')!
  expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(nameOf(single))
  expect(
    screen.getByText(new RegExp(`^„${nameOf(single)}“ gehört .* nicht mehr zu den besten zehn`)),
  ).toBeVisible()
  // The third mark names its reason instead of going missing.
  expect(
    screen.getByText(new RegExp(`${nameOf(ineligible)} ist für dieses Projekt nicht förderfähig`)),
  ).toBeVisible()

  // The plans' download lists it after the search's plans, like any other plan.
  await user.click(screen.getByRole('button', { name: 'Finanzierungspläne als CSV' }))
  const csv = [...downloads].find(([name]) => name.endsWith('-plaene.csv'))![1]
  // One row per application; the last plan is the mark, numbered after the search's plans.
  const last = csv.trim().split('\n').at(-1)!
  expect(last.split(';').slice(0, 2)).toEqual([String(top.length + 1), single])
})
