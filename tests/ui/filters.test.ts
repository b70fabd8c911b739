import { describe, expect, it } from 'vitest'
import type { Program } from '../../src/domain/index'
import { themeOrder } from '../../src/ui/results/filters'
import { catalogue, questions } from '../fixtures/data'

const withThemes = (...themes: string[][]) =>
  themes.map((t) => ({ themes: t }) as unknown as Program)

describe('the theme filter’s options', () => {
  const question = questions.get('themes')!
  const asked = question.options!.map((o) => o.value)

  it('follow the questionnaire’s order, not the labels’ collation', () => {
    const [first, second, third] = asked
    const order = themeOrder(withThemes([third!], [first!, third!], [second!]), question)
    expect(order).toEqual([first, second, third])
  })

  it('leave out themes no programme has, and put themes the questionnaire lacks last, by code', () => {
    const order = themeOrder(withThemes(['zz-new', asked[1]!], ['aa-new']), question)
    expect(order).toEqual([asked[1], 'aa-new', 'zz-new'])
  })

  it('list every theme of the real catalogue once', () => {
    const order = themeOrder(catalogue.programs, question)
    expect(new Set(order)).toEqual(new Set(catalogue.programs.flatMap((p) => p.themes)))
    expect(order).toHaveLength(new Set(order).size)
  })
})
