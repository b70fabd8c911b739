import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readJson } from '../../scripts/lib/load-data'

export const SCENARIO_DIR = import.meta.dirname

const ids = z.array(z.string()).default([])
export const scenarioSchema = z
  .object({
    name: z.string().min(1),
    today: z.string(),
    answers: z.record(z.string(), z.unknown()),
    expect: z.object({ eligible: ids, ineligible: ids, open: ids }).strict(),
    expectCombinations: z.array(z.array(z.string()).min(2)).default([]),
  })
  .strict()

export type Scenario = z.infer<typeof scenarioSchema> & { file: string }

export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ ...scenarioSchema.parse(readJson(join(SCENARIO_DIR, file))), file }))
}
