// The zod schema of a frozen share table (./versions/vN.json). Tests and `npm run share-schema`
// check every version file with it; the browser trusts the files and needs no zod.
import { z } from 'zod'
import { QUESTION_TYPES } from '../questionnaire/vocabulary'
import type { ShareSchema } from './share-schema'

const fieldSchema = z
  .object({
    id: z.string().min(1),
    type: z.enum(QUESTION_TYPES),
    options: z.array(z.string().min(1)).optional(),
  })
  .strict()

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

// The plain type and the schema must describe the same shape: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameShape: Same<z.infer<typeof shareSchemaSchema>, ShareSchema> = true
void sameShape
