// A share schema freezes, for one link version, which questions a link carries and in which
// order, and each choice question's option values: links store positions, so the table that
// wrote a link must stay available to read it. Frozen tables live in ./versions/.
import { COST_TYPES, PHASES } from '../questionnaire/vocabulary'
import type { Questionnaire } from '../questionnaire/schema'
import type { QuestionType } from '../questionnaire/vocabulary'

// Plain types, so the browser reads frozen tables without zod; share-schema-check.ts holds the
// zod schema that tests and `npm run share-schema` check every version file against.

export interface ShareField {
  id: string
  type: QuestionType
  options?: string[]
}

/** Renames from the previous version to this one, applied when an older link is opened. */
export interface ShareRenames {
  questions: Record<string, string>
  options: Record<string, Record<string, string>>
}

export interface ShareSchema {
  version: number
  fields: ShareField[]
  costTypes: string[]
  phases: string[]
  renames?: ShareRenames
}

/** A version file as stored: checked by tests, completed here with the defaults of its schema. */
export function frozenTable(raw: unknown): ShareSchema {
  const table = raw as ShareSchema & { renames?: Partial<ShareRenames> }
  if (!table.renames) return table
  const { questions = {}, options = {} } = table.renames
  return { ...table, renames: { questions, options } }
}

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
