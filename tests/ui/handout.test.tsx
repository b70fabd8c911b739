// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { recommend, type Answers } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'
import { renderApp, TODAY } from '../render'
import verbund from '../scenarios/mengen-scheer-verbund.json'

const answers = verbund.answers as Answers
const { combinations } = recommend(catalogue, questionnaire, answers, { today: TODAY })

const follows = (a: HTMLElement, b: HTMLElement) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

it('leads with the chosen plan and ends with the answers as an appendix', async () => {
  const plan = combinations.plans[0]!
  renderApp({
    initial: { answers, chosen: [plan.programs.join('+')], screen: { name: 'handout' } },
  })
  const title = await screen.findByRole('heading', { level: 1, name: /^Gemeinderatsvorlage/ })
  const planHeading = screen.getByRole('heading', { level: 2, name: /^Kombination 1:/ })
  const table = screen.getByRole('table', { name: /^Finanzierungsplan/ })
  const roadmap = screen.getByRole('list', { name: 'Fahrplan' })
  const sources = screen.getByRole('heading', { level: 2, name: 'Quellen der Programme' })
  const appendix = screen.getByRole('heading', { level: 2, name: 'Anhang: Angaben zum Projekt' })
  const order = [title, planHeading, table, roadmap, sources, appendix]
  order.slice(1).forEach((el, i) => expect(follows(order[i]!, el)).toBe(true))
  // The appendix lists the answers (population is one of them).
  const population = screen.getByText(/Wie viele Einwohnerinnen/)
  expect(follows(appendix, population)).toBe(true)
})
