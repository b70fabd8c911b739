import { z } from 'zod'
import { isoDate, localizedText } from '../text-schema'
import { COST_TYPES, PHASES } from '../questionnaire/vocabulary'

// The word lists live apart from the zod schemas so the app can use them without bundling zod.
import { LEVELS, MONEY_FORMS, PROGRAM_STATUSES } from './vocabulary'
export * from './vocabulary'

const programId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'programme ids are kebab-case')
const amount = z.number().nonnegative()
const percent = z.number().min(0).max(100)
const basis = z.enum(['explicit', 'observed', 'inferred'])

const criterionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'criterion ids are camelCase'),
    label: localizedText,
    rule: z.unknown(),
    explain: z.object({ pass: localizedText, fail: localizedText }).strict(),
  })
  .strict()

const moneySchema = z
  .object({
    form: z.enum(MONEY_FORMS),
    ratePercent: percent.nullable(),
    minAmount: amount.nullable(),
    maxAmount: amount.nullable(),
    perUnit: z
      .array(z.object({ amount, unit: localizedText, max: amount.nullable().optional() }).strict())
      .default([]),
    minOwnSharePercent: percent.nullable(),
    // Some programmes set other amount bands per applicant type (e.g. Verbund vs. Gemeinde).
    byApplicant: z
      .array(
        z
          .object({
            applicants: z.array(z.string()).min(1),
            minAmount: amount.nullable(),
            maxAmount: amount.nullable(),
          })
          .strict(),
      )
      .default([]),
    note: localizedText.nullable().optional(),
  })
  .strict()

const windowSchema = z
  .object({
    opens: isoDate.nullable().optional(),
    closes: isoDate,
    note: localizedText.optional(),
  })
  .strict()

// Recurrence lets the app project the next round and mark it as expected, not announced.
const recurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rolling') }).strict(),
  z
    .object({
      kind: z.literal('yearly'),
      deadlines: z.array(z.string().regex(/^\d{2}-\d{2}$/, 'expected MM-DD')).min(1),
    })
    .strict(),
  z.object({ kind: z.literal('irregular'), note: localizedText }).strict(),
])

const requirementSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('program'),
      anyOf: z.array(programId).min(1),
      basis,
      note: localizedText,
    })
    .strict(),
  z
    .object({
      kind: z.literal('cofunding'),
      amount: amount.nullable(),
      percent: percent.nullable(),
      from: z.array(z.string()).min(1),
      basis,
      note: localizedText,
    })
    .strict(),
])

const exclusionSchema = z
  .object({ program: programId, basis, note: localizedText.optional() })
  .strict()

export const programSchema = z
  .object({
    id: programId,
    name: localizedText,
    shortName: z.string().min(1).optional(),
    summary: localizedText,
    funder: z.object({ name: z.string().min(1), level: z.enum(LEVELS) }).strict(),
    status: z.enum(PROGRAM_STATUSES),
    applicants: z.array(z.string()).min(1),
    phases: z.array(z.enum(PHASES)).min(1),
    themes: z.array(z.string()).min(1),
    costTypes: z.array(z.enum(COST_TYPES)),
    money: moneySchema,
    durationMonths: z.number().int().positive().nullable(),
    windows: z
      .object({ dates: z.array(windowSchema), recurrence: recurrenceSchema.nullable() })
      .strict(),
    prerequisites: z.array(z.object({ id: z.string(), text: localizedText }).strict()).default([]),
    eligibility: z.array(criterionSchema).min(1),
    combination: z
      .object({
        excludes: z.array(exclusionSchema).default([]),
        requires: z.array(requirementSchema).default([]),
        maxPublicRatePercent: percent.nullable(),
        subsidiary: z.boolean().default(false),
        observedWith: z.array(programId).default([]),
        note: localizedText.optional(),
      })
      .strict(),
    sources: z
      .array(z.object({ url: z.string(), title: z.string().min(1), asOf: isoDate }).strict())
      .min(1),
    lastChecked: isoDate,
    unknowns: z.array(localizedText).default([]),
  })
  .strict()

export type Program = z.infer<typeof programSchema>
export type ProgramInput = z.input<typeof programSchema>
export type Criterion = z.infer<typeof criterionSchema>
export type Requirement = z.infer<typeof requirementSchema>
export type Money = z.infer<typeof moneySchema>

export interface Catalogue {
  programs: Program[]
  /** The newest lastChecked: when the catalogue was last edited. Each programme shows its own Stand. */
  asOf: string
}
