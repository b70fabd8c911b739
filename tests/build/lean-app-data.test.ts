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
  it('leaves out the notes on combinations, exclusions and windows, and keeps the unknowns', () => {
    const text = JSON.stringify(lean.catalogue)
    expect(lean.catalogue.programs.map((p) => p.unknowns)).toEqual(
      catalogue.programs.map((p) => p.unknowns),
    )
    expect(text.length).toBeLessThan(JSON.stringify(catalogue).length * 0.93)
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
