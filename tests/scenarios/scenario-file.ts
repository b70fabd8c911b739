import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readJson } from '../../scripts/lib/load-data'

export const SCENARIO_DIR = import.meta.dirname

const ids = z.array(z.string()).default([])

/**
 * The financing plan a consultant expects first, worked out by hand from the programmes' rules:
 * each application's amount in euros with the rule that sets it written beside it (never copied
 * from the program's output). `null`: no plan, with the reason.
 */
const expectedPlanSchema = z.union([
  z
    .object({
      applications: z
        .array(
          z
            .object({
              program: z.string(),
              amount: z.number().int().positive(),
              rule: z.string().min(10),
            })
            .strict(),
        )
        .min(1),
      totalFunding: z.number().int().positive(),
      note: z.string().optional(),
    })
    .strict(),
  z.object({ none: z.string().min(10) }).strict(),
])
export type ExpectedPlan = z.infer<typeof expectedPlanSchema>
export const scenarioSchema = z
  .object({
    name: z.string().min(1),
    today: z.string(),
    answers: z.record(z.string(), z.unknown()),
    expect: z.object({ eligible: ids, ineligible: ids, open: ids }).strict(),
    expectCombinations: z.array(z.array(z.string()).min(2)).default([]),
    expectPlan: expectedPlanSchema.optional(),
  })
  .strict()

export type Scenario = z.infer<typeof scenarioSchema> & { file: string }

export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ ...scenarioSchema.parse(readJson(join(SCENARIO_DIR, file))), file }))
}
