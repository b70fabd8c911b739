// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { renderApp } from '../render'

it('leads from the first question to explained results and the combinations screen', async () => {
  const { user, store } = renderApp()
  await user.click(await screen.findByRole('button', { name: 'Jetzt beginnen' }))

  // Step 1: organisations, with the follow-up that appears only for civil-society partners. Its
  // screen's chunk may still be on its way (prefetched while the page is idle).
  // When the chunk arrives outside the click, React runs the screen's focus effect after the
  // paint that shows the heading: focus follows a frame later, so wait for it.
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'Beteiligte Organisationen',
  })
  await waitFor(() => expect(heading).toHaveFocus())
  const orgs = screen.getByRole('group', { name: /Welche Organisationen wirken im Projekt mit/ })
  await user.click(within(orgs).getByRole('checkbox', { name: 'Gemeinde oder Stadt' }))
  expect(screen.queryByRole('group', { name: /gemeinnützig anerkannt/ })).not.toBeInTheDocument()
  await user.click(within(orgs).getByRole('checkbox', { name: 'Eingetragener Verein' }))
  const charitable = screen.getByRole('group', { name: /gemeinnützig anerkannt/ })
  await user.click(within(charitable).getByRole('radio', { name: 'Ja' }))
  await user.click(screen.getByRole('button', { name: 'Weiter' }))

  // Step 2: place.
  expect(
    screen.getByRole('heading', { level: 1, name: 'Ihre Kommune und das Quartier' }),
  ).toBeInTheDocument()
  await user.type(screen.getByLabelText(/Wie viele Einwohnerinnen/), '4.800')
  const pick = async (group: RegExp, option: string | RegExp) =>
    user.click(
      within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }),
    )
  await pick(/Stadtkreis/, 'Nein')
  await pick(/Raumkategorie/, 'Ländlicher Raum im engeren Sinne')
  await pick(/LEADER/, 'Nein')
  await pick(/Sanierungs- oder Erneuerungsgebiet/, 'Nein')
  await user.click(screen.getByRole('button', { name: 'Weiter' }))

  // Step 3: project.
  const check = async (group: RegExp, option: string | RegExp) =>
    user.click(
      within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name: option }),
    )
  await check(/Um welche Themen/, 'Pflege und Unterstützung im Alter')
  await check(/Um welche Themen/, 'Nachbarschaft, Begegnung und Einsamkeit')
  await check(/Projektphasen/, /^Konzept und Beteiligung/)
  await check(/Projektphasen/, /^Umsetzung/)
  await check(/Was ist konkret geplant/, 'Begegnungsort, Treff oder Café')
  await user.click(screen.getByRole('button', { name: 'Weiter' }))

  // Step 4: what exists.
  await pick(/Beschluss des Gemeinderats/, 'Ja, liegt vor')
  await pick(/Sozialraumanalyse/, 'Nein')
  await check(/Welche Einrichtungen/, 'Nichts davon')
  await user.click(screen.getByRole('button', { name: 'Weiter' }))

  // Step 5: costs, with the matrix limited to the chosen phases.
  expect(screen.queryByRole('textbox', { name: 'Personal, Analyse' })).not.toBeInTheDocument()
  await user.type(screen.getByRole('textbox', { name: 'Personal, Umsetzung' }), '60.000')
  await user.type(screen.getByRole('textbox', { name: 'Beratung, Konzept' }), '15.000')
  await user.type(screen.getByLabelText(/Wie viele Eigenmittel/), '20.000')
  await user.type(screen.getByLabelText(/Wann soll das Projekt beginnen/), '2027-05-01')
  await user.click(screen.getByRole('button', { name: 'Weiter' }))

  expect(store.getState().answers).toMatchObject({
    population: 4800,
    ownFunds: 20000,
    projectCosts: { personnel: { implementation: 60000 }, advice: { concept: 15000 } },
    existingFacilities: [],
  })

  // Check your answers, then the results.
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' }),
  ).toBeInTheDocument()
  expect(screen.getByText('4.800')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Ergebnis anzeigen' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeInTheDocument()
  const eligible = screen.getByRole('region', { name: /Passende Programme/ })
  expect(within(eligible).getAllByRole('article').length).toBeGreaterThan(0)

  await user.click(
    screen.getByRole('button', { name: 'Kombinationen und Finanzierungsplan ansehen' }),
  )
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Kombinationen und Finanzierungsplan' }),
  ).toBeInTheDocument()
  expect(
    screen.getAllByRole('table', { name: /Finanzierungsplan: Euro je Programm/ }).length,
  ).toBeGreaterThan(0)
}, 60_000)
