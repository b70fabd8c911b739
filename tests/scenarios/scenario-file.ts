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

/**
 * The top plan over the project's years (issue 12), worked out by hand: each year's euros per
 * programme with the rule beside them (duration, yearly amount or the even spread of the
 * overview), and the Verstetigung gap: the years without funding and the consolidation costs no
 * programme of the plan funds. `gap: null` says the plan has none. `sequence`: one programme
 * funds the start and another follows it for consolidation.
 */
const expectedTimelineSchema = z
  .object({
    sequence: z.boolean(),
    years: z
      .array(
        z
          .object({
            year: z.number().int().positive(),
            funders: z.record(z.string(), z.number().int().positive()),
            status: z.enum(['funded', 'unknown', 'none']),
            rule: z.string().min(10),
          })
          .strict(),
      )
      .min(1),
    gap: z.union([
      z
        .object({
          years: z.array(z.number().int().positive()),
          unfundedConsolidation: z.number().int().nonnegative(),
          rule: z.string().min(10),
        })
        .strict(),
      z.null(),
    ]),
  })
  .strict()
export type ExpectedTimeline = z.infer<typeof expectedTimelineSchema>
/**
 * The top plan's application steps, dated by hand: the round each programme's money needs (an
 * announced date as announced; a projected yearly round the last one before the money starts).
 */
const expectedRoadmapSchema = z
  .array(
    z
      .object({
        program: z.string(),
        /** A follow-up application for this project year; absent for the first application. */
        againForYear: z.number().int().min(2).optional(),
        date: z.string().nullable(),
        expected: z.boolean(),
        /** The day the projected round's window opens, where the data record one. */
        opens: z.string().optional(),
        rule: z.string().min(10),
      })
      .strict(),
  )
  .min(1)
export const scenarioSchema = z
  .object({
    name: z.string().min(1),
    today: z.string(),
    answers: z.record(z.string(), z.unknown()),
    expect: z.object({ eligible: ids, ineligible: ids, open: ids }).strict(),
    expectCombinations: z.array(z.array(z.string()).min(2)).default([]),
    expectPlan: expectedPlanSchema.optional(),
    expectTimeline: expectedTimelineSchema.optional(),
    expectRoadmap: expectedRoadmapSchema.optional(),
  })
  .strict()

export type Scenario = z.infer<typeof scenarioSchema> & { file: string }

export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ ...scenarioSchema.parse(readJson(join(SCENARIO_DIR, file))), file }))
}
