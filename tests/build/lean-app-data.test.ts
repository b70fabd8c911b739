import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { leanAppData } from '../../scripts/build/lean-app-data'
import { ROOT } from '../../scripts/lib/load-data'
import { recommend, type Answers } from '../../src/domain/index'
import { catalogue, questionnaire } from '../fixtures/data'

const lean = leanAppData({ catalogue, questionnaire })
const scenarios = readdirSync(join(ROOT, 'tests', 'scenarios'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const s = JSON.parse(readFileSync(join(ROOT, 'tests', 'scenarios', f), 'utf8'))
    return [f, s.today as string, s.answers as Answers] as const
  })

describe("the browser's lean catalogue", () => {
  it('leaves out the unknowns and the notes on combinations, exclusions and windows', () => {
    const text = JSON.stringify(lean.catalogue)
    expect(catalogue.programs.some((p) => p.unknowns.length > 0)).toBe(true)
    expect(lean.catalogue.programs.every((p) => p.unknowns.length === 0)).toBe(true)
    expect(text.length).toBeLessThan(JSON.stringify(catalogue).length * 0.9)
    for (const p of lean.catalogue.programs) {
      expect(p.combination).not.toHaveProperty('note')
      for (const e of p.combination.excludes) expect(e).not.toHaveProperty('note')
      for (const w of p.windows.dates) expect(w).not.toHaveProperty('note')
    }
  })

  it.each(scenarios)(
    'gives %s the same verdicts, plans and texts in both languages',
    (_, today, answers) => {
      for (const lang of ['de', 'en'] as const) {
        const options = { today, lang }
        expect(recommend(lean.catalogue, lean.questionnaire, answers, options)).toEqual(
          recommend(catalogue, questionnaire, answers, options),
        )
      }
    },
  )
})
