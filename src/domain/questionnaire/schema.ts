import { z } from 'zod'
import { localizedText } from '../text-schema'

// The word lists live apart from the zod schemas so the app can use them without bundling zod.
import { QUESTION_TYPES } from './vocabulary'
export * from './vocabulary'

// No dots: json-logic's `var` splits paths on '.', so a dotted id could never be read back.
const questionId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'question ids are camelCase without dots')
const optionValue = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'option values are camelCase')

export const optionSchema = z.object({
  value: optionValue,
  label: localizedText,
  help: localizedText.optional(),
})

export const questionSchema = z
  .object({
    id: questionId,
    type: z.enum(QUESTION_TYPES),
    label: localizedText,
    help: localizedText.optional(),
    required: z.boolean(),
    options: z.array(optionSchema).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    visibleIf: z.unknown().optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const isChoice = q.type === 'singleChoice' || q.type === 'multiChoice'
    if (isChoice && (!q.options || q.options.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'choice questions need options' })
    }
    if (!isChoice && q.options) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a ${q.type} question has no options`,
      })
    }
    const values = (q.options ?? []).map((o) => o.value)
    const dup = values.find((v, i) => values.indexOf(v) !== i)
    if (dup)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `duplicate option value "${dup}"`,
      })
  })

export const stepSchema = z
  .object({
    id: questionId,
    title: localizedText,
    intro: localizedText.optional(),
    questions: z.array(questionSchema).min(1),
  })
  .strict()

export const questionnaireSchema = z
  .object({
    version: z.number().int().positive(),
    steps: z.array(stepSchema).min(1),
  })
  .strict()

export type QuestionOption = z.infer<typeof optionSchema>
export type Question = z.infer<typeof questionSchema>
export type Step = z.infer<typeof stepSchema>
export type Questionnaire = z.infer<typeof questionnaireSchema>
