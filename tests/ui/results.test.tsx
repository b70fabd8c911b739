// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { describeRecommendation, formatDate, recommend, type Answers } from '../../src/domain/index'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { renderApp, TODAY } from '../render'
import weinheim from '../scenarios/weinheim-luetzelsachsen.json'
import firstAnswers from '../scenarios/erste-angaben-gemeinde.json'
import buergerbus from '../scenarios/buergerbus-kleine-gemeinde.json'

// In words, as the German screen shows them.
const resultsFor = (answers: Answers) =>
  describeRecommendation(recommend(catalogue, questionnaire, answers, { today: TODAY }), {
    lang: 'de',
    questions,
  })
const article = (name: string) => screen.getByRole('article', { name })
/** The whole results page: the groups below the first screenful follow a moment later. */
const wholePage = () => screen.findByRole('heading', { level: 2, name: 'Herunterladen' })

it('groups programmes as the domain decides and explains each verdict', async () => {
  const answers = weinheim.answers as Answers
  const result = resultsFor(answers)
  const { user } = renderApp({ initial: { answers, screen: { name: 'results' } } })
  await screen.findByRole('heading', { level: 1, name: 'Ihr Ergebnis' })
  await wholePage()

  const active = result.programs.filter((p) => p.status !== 'closed')
  const eligible = active.filter((p) => p.verdict === 'eligible')
  const ineligible = active.filter((p) => p.verdict === 'ineligible')
  const eligibleRegion = screen.getByRole('region', {
    name: `Passende Programme (${eligible.length})`,
  })
  expect(within(eligibleRegion).getAllByRole('article')).toHaveLength(eligible.length)

  const notFitting = ineligible[0]!
  const failed = notFitting.criteria.find((c) => c.outcome === 'failed')!
  const card = article(notFitting.name)
  expect(
    screen.getByRole('region', { name: `Passen nicht (${ineligible.length})` }),
  ).toContainElement(card)
  // The reason stands on the card; every criterion is listed under "Bedingungen und Quellen".
  expect(within(card).getByText('Grund:').parentElement).toHaveTextContent(failed.reason)
  // The criteria list is built when the disclosure opens.
  await user.click(within(card).getByText('Bedingungen und Quellen'))
  const details = within(card).getByRole('group')
  expect(within(details).getByText(failed.reason, { exact: false })).toBeInTheDocument()
  const program = catalogue.programs.find((p) => p.id === notFitting.id)!
  expect(within(card).getByRole('link', { name: program.sources[0]!.title })).toHaveAttribute(
    'href',
    program.sources[0]!.url,
  )

  // The catalogue's as-of date, with the warning to check the current call.
  expect(
    screen.getByRole('heading', { name: `Stand der Angaben: ${formatDate(catalogue.asOf, 'de')}` }),
  ).toBeInTheDocument()
})

it('keeps ended programmes apart as history, never among the recommendations', async () => {
  const answers = weinheim.answers as Answers
  const closed = resultsFor(answers).programs.filter((p) => p.status === 'closed')
  expect(closed.length).toBeGreaterThan(0)
  renderApp({ initial: { answers, screen: { name: 'results' } } })
  await wholePage()
  const history = screen.getByRole('region', {
    name: `Abgeschlossene Programme (${closed.length})`,
  })
  for (const p of closed) expect(history).toContainElement(article(p.name))
})

it('links an open programme to the question that would decide it', async () => {
  const answers = firstAnswers.answers as Answers
  const open = resultsFor(answers).programs.find((p) => p.verdict === 'open')!
  const questionId = open.openQuestions[0]!
  const label = questions.get(questionId)!.label.de
  const { user, store } = renderApp({ initial: { answers, screen: { name: 'results' } } })
  await screen.findByRole('heading', { level: 1, name: 'Ihr Ergebnis' })

  await user.click(
    within(article(open.name)).getByRole('button', { name: `Angabe ergänzen: ${label}` }),
  )
  expect(store.getState().screen).toMatchObject({
    name: 'step',
    returnTo: 'results',
    focus: questionId,
  })
  expect(screen.getByRole('button', { name: 'Speichern und zurück' })).toBeInTheDocument()
})

it('filters by level and phase, and resets the filters', async () => {
  const answers = weinheim.answers as Answers
  const { user } = renderApp({ initial: { answers, screen: { name: 'results' } } })
  await screen.findByRole('heading', { level: 1, name: 'Ihr Ergebnis' })
  await wholePage()
  const total = screen.getAllByRole('article').length
  expect(screen.getByText(`${total} Programme angezeigt`)).toBeInTheDocument()

  await user.selectOptions(screen.getByLabelText('Ebene'), 'Stiftungen und Lotterien')
  const foundations = catalogue.programs.filter((p) => p.funder.level === 'stiftung')
  expect(screen.getAllByRole('article')).toHaveLength(foundations.length)
  for (const p of foundations) expect(article(p.name.de)).toBeInTheDocument()

  await user.selectOptions(screen.getByLabelText('Phase'), 'Verstetigung')
  const both = foundations.filter((p) => p.phases.includes('consolidation'))
  expect(screen.queryAllByRole('article')).toHaveLength(both.length)

  await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }))
  expect(screen.getAllByRole('article')).toHaveLength(total)
})

it('labels a projected deadline as expected, not announced', async () => {
  const answers = weinheim.answers as Answers
  const expected = resultsFor(answers).programs.find((p) => p.deadline.state === 'expected')!
  expect(expected).toBeDefined()
  renderApp({ initial: { answers, screen: { name: 'results' } } })
  const card = await screen.findByRole('article', { name: expected.name })
  expect(
    within(card).getByText(`Voraussichtlich ${formatDate(expected.deadline.next!, 'de')}`, {
      exact: false,
    }),
  ).toBeInTheDocument()
})

it('names a projected round as its window where the data record the day it opens', async () => {
  // DSEE: 15 January to 15 October of each funding year (its 2025 window).
  renderApp({ initial: { answers: buergerbus.answers as Answers, screen: { name: 'results' } } })
  const dsee = catalogue.programs.find((p) => p.id === 'bund-dsee-mikro')!
  const card = await screen.findByRole('article', { name: dsee.name.de })
  expect(
    within(card).getByText('Voraussichtlich 15.01.2027 bis 15.10.2027', { exact: false }),
  ).toBeInTheDocument()
})

it('keeps the filters across a reload, from the saved inputs', async () => {
  const answers = weinheim.answers as Answers
  const first = renderApp({ initial: { answers, screen: { name: 'results' } } })
  await screen.findByRole('heading', { level: 1, name: 'Ihr Ergebnis' })
  await wholePage()
  await first.user.selectOptions(screen.getByLabelText('Ebene'), 'Stiftungen und Lotterien')
  const foundations = catalogue.programs.filter((p) => p.funder.level === 'stiftung')
  expect(screen.getAllByRole('article')).toHaveLength(foundations.length)
  first.unmount()

  // A new store reads the same storage, as the page does after a reload.
  renderApp({ storage: first.storage })
  await screen.findByRole('heading', { level: 1, name: 'Ihr Ergebnis' })
  await wholePage()
  expect(screen.getByLabelText('Ebene')).toHaveDisplayValue('Stiftungen und Lotterien')
  expect(screen.getAllByRole('article')).toHaveLength(foundations.length)
})
