// A projected round names its window where the data record the day it opens (DSEE: 15 January
// to 15 October; Bürgerbus: 1 March to 30 April): the plan then says the application can go in
// before a spring start, instead of only that the deadline lies after it.
import { describe, expect, it } from 'vitest'
import { describeWarning, recommend, type Answers } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'
import buergerbus from '../scenarios/buergerbus-kleine-gemeinde.json'

const plan = recommend(catalogue, questionnaire, buergerbus.answers as Answers, {
  today: buergerbus.today,
}).combinations.plans[0]!
const startWarning = (id: string) =>
  plan.warnings.find((w) => w.kind === 'startBeforeDeadline' && w.programId === id)

describe('a round whose window opens before the planned start (1.4.2027)', () => {
  it('carries the opening day beside the deadline', () => {
    expect(startWarning('bund-dsee-mikro')).toMatchObject({
      date: '2027-10-15',
      opens: '2027-01-15',
    })
    expect(startWarning('bw-buergerbus')).toMatchObject({ date: '2027-04-30', opens: '2027-03-01' })
  })

  it('says to apply early in the window, in German and English', () => {
    const warning = startWarning('bund-dsee-mikro')!
    expect(describeWarning(warning, 'de')).toBe(
      'DSEE Mikroförderung: Die nächste Frist (15.10.2027) liegt nach dem geplanten Beginn (01.04.2027), das Antragsfenster öffnet aber am 15.01.2027. Den Antrag dann früh stellen: Vor der Bewilligung darf das Vorhaben nicht beginnen.',
    )
    expect(describeWarning(warning, 'en')).toContain('the application window opens on 15/01/2027')
  })
})
