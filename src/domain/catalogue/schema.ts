import { z } from 'zod'
import { isoDate, localizedText } from '../text-schema'
import { COST_TYPES, PHASES } from '../questionnaire/vocabulary'

// The word lists live apart from the zod schemas so the app can use them without bundling zod.
import {
  AWARD_KINDS,
  LEVELS,
  MONEY_FORMS,
  OWN_SHARE_SOURCES,
  PROGRAM_STATUSES,
  UNITS,
} from './vocabulary'
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

// One factor of a per-unit amount: the unit and, where the rules set one, the most units paid.
const unitFactorSchema = z
  .object({ unit: z.enum(UNITS), max: z.number().positive().optional() })
  .strict()

/**
 * `amount × units` (e.g. 40,000 € per year, 2,613 € per founder), capped by `max`. It caps the
 * part it names, or the whole programme when `part` is null; rules with the same target add up.
 * Units without a question (`other`) are shown on the card but never computed.
 */
const perUnitSchema = z
  .object({
    amount,
    per: z.array(unitFactorSchema).min(1),
    max: amount.nullable().default(null),
    part: z.string().nullable().default(null),
    label: localizedText,
  })
  .strict()

/**
 * A part of a programme's money by cost type (and phase where the rules differ), with its own
 * rate and caps under the programme-wide maximum. `ratePercent` left out inherits the
 * programme's rate; null means the part's rate is not published.
 */
const partSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'part ids are camelCase'),
    label: localizedText,
    costTypes: z.array(z.enum(COST_TYPES)).min(1),
    phases: z.array(z.enum(PHASES)).min(1).optional(),
    ratePercent: percent.nullable().optional(),
    minAmount: amount.nullable().default(null),
    maxAmount: amount.nullable().default(null),
    /** The part's eligible costs count at most up to this share of the project's total costs. */
    maxShareOfTotalPercent: percent.nullable().default(null),
    /**
     * The part funds only a project with costs of one of these types in its phases: KfW 432's
     * Sanierungsmanagement pays material only beside the management itself (staff or a
     * contracted manager), never material alone.
     */
    requiresCostTypes: z.array(z.enum(COST_TYPES)).min(1).optional(),
  })
  .strict()

/** A rate or band that applies when the project meets `when` (JSON Logic over the answers). */
const variantSchema = z
  .object({
    when: z.unknown(),
    label: localizedText,
    ratePercent: percent.optional(),
    partRates: z.record(z.string(), percent).optional(),
    minAmount: amount.nullable().optional(),
    maxAmount: amount.nullable().optional(),
  })
  .strict()

const moneySchema = z
  .object({
    form: z.enum(MONEY_FORMS),
    ratePercent: percent.nullable(),
    minAmount: amount.nullable(),
    maxAmount: amount.nullable(),
    parts: z.array(partSchema).default([]),
    perUnit: z.array(perUnitSchema).default([]),
    variants: z.array(variantSchema).default([]),
    minOwnSharePercent: percent.nullable(),
    /**
     * Who may provide the own share. With `otherPublic` other grants may cover it, so it does not
     * cap the plan's funding (the programme's own rate still limits what it pays).
     */
    ownShareFrom: z.array(z.enum(OWN_SHARE_SOURCES)).min(1).default(['applicant', 'partners']),
    /** The own share is a share of the whole project, or of the costs this programme funds. */
    ownShareBasis: z.enum(['project', 'programmeCosts']).default('project'),
    // Some programmes set other amount bands or rates per applicant type (e.g. Verbund vs. Gemeinde).
    byApplicant: z
      .array(
        z
          .object({
            applicants: z.array(z.string()).min(1),
            ratePercent: percent.optional(),
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
      // Where a funded offer applies again each year by other dates (UstA: first application by
      // 30.9., repeat applications by 30.4.): the follow-up applications' deadlines.
      repeatDeadlines: z
        .array(z.string().regex(/^\d{2}-\d{2}$/, 'expected MM-DD'))
        .min(1)
        .optional(),
      // The day each round's window opens, one per deadline (DSEE: 15.1. to 15.10.): a projected
      // round then names its window, not only its last day.
      opens: z
        .array(z.string().regex(/^\d{2}-\d{2}$/, 'expected MM-DD'))
        .min(1)
        .optional(),
    })
    .strict()
    .refine((r) => !r.opens || r.opens.length === r.deadlines.length, {
      message: 'opens: one opening day per deadline',
      path: ['opens'],
    }),
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
  // A base outside the catalogue (e.g. a federal grant a Land bonus tops up): a roadmap step.
  z
    .object({
      kind: z.literal('external'),
      name: localizedText,
      basis,
      note: localizedText,
    })
    .strict(),
  z
    .object({
      kind: z.literal('cofunding'),
      amount: amount.nullable(),
      /** The amount is due for each funded year (counted like a per-year amount). */
      perYear: z.boolean().default(false),
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
    /** How money is awarded: a legal entitlement, first come first served, or a competition. */
    award: z.enum(AWARD_KINDS).nullable().default(null),
    /**
     * The programme's own rules let the measure begin before the money is granted (§ 45e SGB XI:
     * the flat may be converted before the founders move in, and they apply within a year after).
     * Grants under budget law forbid an early start: the plan warns of it unless every programme
     * in it is of this kind.
     */
    startBeforeApproval: z.boolean().default(false),
    applicants: z.array(z.string()).min(1),
    phases: z.array(z.enum(PHASES)).min(1),
    themes: z.array(z.string()).min(1),
    costTypes: z.array(z.enum(COST_TYPES)),
    money: moneySchema,
    durationMonths: z.number().int().positive().nullable(),
    windows: z
      .object({
        dates: z.array(windowSchema),
        recurrence: recurrenceSchema.nullable(),
        // A Programmjahr: a round funds the calendar year after its deadline (ELR, the
        // Städtebauförderung), so its money starts on 1 January of that year at the earliest.
        fundsFollowingYear: z.boolean().default(false),
      })
      .strict(),
    prerequisites: z.array(z.object({ id: z.string(), text: localizedText }).strict()).default([]),
    eligibility: z.array(criterionSchema).min(1),
    combination: z
      .object({
        excludes: z.array(exclusionSchema).default([]),
        requires: z.array(requirementSchema).default([]),
        maxPublicRatePercent: percent.nullable(),
        // What `maxPublicRatePercent` is a share of: the whole project, or only the costs this
        // programme funds in the plan (KfW 432: Bund and Land together at most 85 % of the
        // funded Vorhaben, not of the whole project).
        publicRateOf: z.enum(['project', 'fundedCosts']).default('project'),
        subsidiary: z.boolean().default(false),
        // Funders' levels beside which the rules do not confirm that this programme may be
        // combined (an older call excluded them, or no cumulation rule is on record): a plan
        // with such a programme beside it says so.
        unconfirmedWith: z.array(z.enum(LEVELS)).default([]),
        observedWith: z.array(programId).default([]),
        note: localizedText.optional(),
      })
      .strict(),
    sources: z
      .array(z.object({ url: z.string(), title: z.string().min(1), asOf: isoDate }).strict())
      .min(1),
    lastChecked: isoDate,
    unknowns: z.array(localizedText).default([]),
    // What a grant of this programme makes true of the project, as values of the question
    // `existingFacilities` (Quartiersimpulse: the Quartier is then Quartiersimpulse-funded), so a
    // plan can name the programmes its grant opens for the Verstetigung.
    establishes: z.array(z.string()).min(1).optional(),
  })
  .strict()

export type Program = z.infer<typeof programSchema>
export type ProgramInput = z.input<typeof programSchema>
export type Criterion = z.infer<typeof criterionSchema>
export type Requirement = z.infer<typeof requirementSchema>
export type Money = z.infer<typeof moneySchema>
export type MoneyPart = z.infer<typeof partSchema>
export type PerUnit = z.infer<typeof perUnitSchema>
export type MoneyVariant = z.infer<typeof variantSchema>

export interface Catalogue {
  programs: Program[]
  /** The newest lastChecked: when the catalogue was last edited. Each programme shows its own Stand. */
  asOf: string
}
