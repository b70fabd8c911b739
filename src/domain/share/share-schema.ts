// A share schema freezes, for one link version, which questions a link carries and in which
// order, and each choice question's option values: links store positions, so the table that
// wrote a link must stay available to read it. Frozen tables live in ./versions/.
import { z } from 'zod'
import { COST_TYPES, PHASES, QUESTION_TYPES, type Questionnaire } from '../questionnaire/schema'

const fieldSchema = z
  .object({
    id: z.string().min(1),
    type: z.enum(QUESTION_TYPES),
    options: z.array(z.string().min(1)).optional(),
  })
  .strict()

/** Renames from the previous version to this one, applied when an older link is opened. */
const renamesSchema = z
  .object({
    questions: z.record(z.string(), z.string()).default({}),
    options: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  })
  .strict()

export const shareSchemaSchema = z
  .object({
    version: z.number().int().positive(),
    fields: z.array(fieldSchema).min(1),
    costTypes: z.array(z.string().min(1)).min(1),
    phases: z.array(z.string().min(1)).min(1),
    renames: renamesSchema.optional(),
  })
  .strict()

export type ShareField = z.infer<typeof fieldSchema>
export type ShareSchema = z.infer<typeof shareSchemaSchema>
export type ShareRenames = z.infer<typeof renamesSchema>

/** The table the current questionnaire would freeze into (without version and renames). */
export function shareFieldsOf(
  questionnaire: Questionnaire,
): Pick<ShareSchema, 'fields' | 'costTypes' | 'phases'> {
  const fields = questionnaire.steps.flatMap((step) =>
    step.questions.map((q): ShareField => ({
      id: q.id,
      type: q.type,
      ...(q.options ? { options: q.options.map((o) => o.value) } : {}),
    })),
  )
  return { fields, costTypes: [...COST_TYPES], phases: [...PHASES] }
}

/** True when a frozen table still describes the questionnaire exactly. */
export function matchesQuestionnaire(schema: ShareSchema, questionnaire: Questionnaire): boolean {
  const current = shareFieldsOf(questionnaire)
  return (
    JSON.stringify(current) ===
    JSON.stringify({ fields: schema.fields, costTypes: schema.costTypes, phases: schema.phases })
  )
}
