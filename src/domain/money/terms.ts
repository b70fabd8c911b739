// The one reader of a programme's money data: turns `program.money` into typed terms for one
// applicant and one project — which parts pay which costs at which rate, each part's cap, the
// programme's band, per-unit amounts with their counts, the own share and who may provide it.
// The engine, the programme card, the exports, the completeness table and the test oracle read
// these terms, never `money.*`, so a rule is interpreted in one place.
import type { Answers } from '../answers/answer'
import type { MoneyPart, MoneyVariant, PerUnit, Program } from '../catalogue/schema'
import type { OwnShareSource, Unit } from '../catalogue/vocabulary'
import type { CostType, Phase } from '../questionnaire/vocabulary'
import { evaluatePrepared, prepareRule } from '../rules/prepare'
import type { LocalizedText } from '../text'
import { unitCount, unitQuestion } from './units'
import { mapped } from '../mapped'

export interface UnitFactorTerms {
  unit: Unit
  /** The project's count of this unit (capped by the rule's maximum), null when unknown. */
  count: number | null
  max: number | null
}

export interface PerUnitTerms {
  amount: number
  per: readonly UnitFactorTerms[]
  /** The rule's cap on `amount × units`. */
  max: number | null
  /** `amount × units`, capped; null when a count is unknown or the unit is not counted. */
  total: number | null
  /** A unit no question counts (`other`): shown with the programme, never computed. */
  informational: boolean
  label: LocalizedText
}

export interface PartTerms {
  /** `all` for a programme without parts: one part over all its cost types and phases. */
  id: string
  label: LocalizedText | null
  costTypes: readonly CostType[]
  phases: readonly Phase[]
  /** Share of each eligible euro this part pays; null when the rules publish none. */
  ratePercent: number | null
  minAmount: number | null
  /** The part's cap from its maximum and its per-unit rules; null when none is known. */
  maxAmount: number | null
  /** Which of the two sets `maxAmount`. */
  maxFrom: 'max' | 'perUnit' | null
  /** The part's eligible costs count at most up to this share of the project's total costs. */
  maxShareOfTotalPercent: number | null
  /** The part funds only beside costs of one of these types in its phases; null: no such rule. */
  requiresCostTypes: readonly CostType[] | null
  perUnit: readonly PerUnitTerms[]
  /** A per-unit amount of this part lacks its count: the part pays nothing until it is given. */
  quantityMissing: boolean
}

/**
 * A part whose euros cannot be worked out: the programme pays a share of the costs
 * (Anteilfinanzierung) but publishes no rate for it, and no fixed amount per unit either.
 * Any figure would be a guess, so no plan counts it; card and plan name it as open.
 */
export interface OpenPartTerms {
  id: string
  label: LocalizedText | null
  costTypes: readonly CostType[]
  phases: readonly Phase[]
  minAmount: number | null
  maxAmount: number | null
}

export interface OwnShareTerms {
  percent: number
  basis: 'project' | 'programmeCosts'
  from: readonly OwnShareSource[]
  /** False when other grants may provide it: then only the programme's rate limits its money. */
  capsFunding: boolean
}

export interface MoneyTerms {
  programId: string
  /** Grants, not loans or advice: money that lowers the own share. */
  bringsMoney: boolean
  minAmount: number | null
  /** The programme-wide cap: its maximum and its programme-wide per-unit rules. */
  maxAmount: number | null
  maxFrom: 'max' | 'perUnit' | null
  /** The parts a plan may count. */
  parts: readonly PartTerms[]
  /** Parts whose amount is unknown (see OpenPartTerms); never counted. */
  openParts: readonly OpenPartTerms[]
  /**
   * A counted part pays up to its cap without a published rate (a grant in a band): the plan
   * says that only the maximum was used. Fixed sums need no rate and are not flagged.
   */
  rateUnpublished: boolean
  /** Per-unit rules that cap the whole programme. */
  perUnit: readonly PerUnitTerms[]
  /** A programme-wide per-unit amount lacks its count: no euro figure until it is given. */
  quantityMissing: boolean
  ownShare: OwnShareTerms | null
  /** The conditional rate that applies to this project, if any. */
  variant: LocalizedText | null
  /** Every conditional rate of the programme, for the card. */
  variants: readonly { label: LocalizedText; ratePercent: number | null }[]
  note: LocalizedText | null
  /** Questions whose answers a per-unit amount needs and that are not answered. */
  missing: readonly string[]
}

const NON_GRANT_FORMS = new Set(['none', 'loan'])

/** Money that reduces the own share: loans are repaid and advice is no money. */
export function bringsMoney(program: Program): boolean {
  return program.status !== 'nonMonetary' && !NON_GRANT_FORMS.has(program.money.form)
}

function variantFor(program: Program, answers: Answers): MoneyVariant | null {
  // Only a condition that holds applies; an unanswered one keeps the programme's base terms.
  return (
    program.money.variants.find((v) => evaluatePrepared(prepareRule(v.when), answers) === true) ??
    null
  )
}

function perUnitTerms(rule: PerUnit, answers: Answers, missing: Set<string>): PerUnitTerms {
  const per = mapped(rule.per, (factor): UnitFactorTerms => {
    const count = unitCount(factor.unit, answers)
    const question = unitQuestion(factor.unit)
    if (count === null && question !== null) missing.add(question)
    const max = factor.max ?? null
    return {
      unit: factor.unit,
      count: count === null || max === null ? count : Math.min(count, max),
      max,
    }
  })
  const product = per.every((f) => f.count !== null)
    ? per.reduce((value, f) => value * (f.count as number), rule.amount)
    : null
  const total =
    product === null ? null : Math.floor(rule.max === null ? product : Math.min(product, rule.max))
  const informational = rule.per.some((f) => f.unit === 'other')
  return { amount: rule.amount, per, max: rule.max, total, informational, label: rule.label }
}

/** Per-unit rules with the same target add up; null when one of them cannot be computed. */
function sumTotals(rules: readonly PerUnitTerms[]): number | null {
  let sum = 0
  for (const rule of rules) {
    if (rule.informational) continue
    if (rule.total === null) return null
    sum += rule.total
  }
  return sum
}

const counted = (rules: readonly PerUnitTerms[]) => rules.some((r) => !r.informational)

/** Only a programme that pays a share of the costs can leave that share unknown. */
export const mayHaveOpenParts = (program: Program) => program.money.form === 'shareFinancing'

/** A share of unknown size of the costs: nothing in the rules fixes its euros. */
const isOpen = (program: Program, part: PartTerms) =>
  mayHaveOpenParts(program) && part.ratePercent === null && !counted(part.perUnit)

const openPart = (part: PartTerms): OpenPartTerms => ({
  id: part.id,
  label: part.label,
  costTypes: part.costTypes,
  phases: part.phases,
  minAmount: part.minAmount,
  maxAmount: part.maxAmount,
})

function capOf(max: number | null, perUnit: number | null) {
  if (perUnit !== null && (max === null || perUnit < max))
    return { maxAmount: perUnit, maxFrom: 'perUnit' as const }
  return { maxAmount: max, maxFrom: max === null ? null : ('max' as const) }
}

/**
 * Pure: the money terms of `program` when `applicant` (an `organisations` option, or null for
 * the card that names no applicant) files it for the project described by `answers`.
 */
export function termsFor(program: Program, applicant: string | null, answers: Answers): MoneyTerms {
  const { money } = program
  const at =
    applicant === null ? -1 : money.byApplicant.findIndex((b) => b.applicants.includes(applicant))
  const band = at < 0 ? undefined : money.byApplicant[at]
  // Most programmes have neither variants nor per-unit rules: their terms depend on the band
  // alone, kept by its position, without a key to build.
  if (money.variants.length === 0 && money.perUnit.length === 0) {
    let byBand = bandMemo.get(program)
    if (!byBand) bandMemo.set(program, (byBand = []))
    return (byBand[at + 1] ??= freezeTerms(buildTerms(program, band, null, answers)))
  }
  const variant = variantFor(program, answers)
  // The terms depend on the answers only through the variant and the per-unit counts: the same
  // inputs give the same (frozen) terms, so every search and every bound reuses them instead of
  // rebuilding them — building them was the largest share of the engine's allocations.
  const key = termsKey(program, band, variant, answers)
  let known = memo.get(program)
  const hit = known?.get(key)
  if (hit) return hit
  const terms = freezeTerms(buildTerms(program, band, variant, answers))
  if (!known || known.size >= MEMO_PER_PROGRAMME) memo.set(program, (known = new Map()))
  known.set(key, terms)
  return terms
}

const MEMO_PER_PROGRAMME = 64
const memo = new WeakMap<Program, Map<string, MoneyTerms>>()
const bandMemo = new WeakMap<Program, MoneyTerms[]>()

function termsKey(
  program: Program,
  band: Program['money']['byApplicant'][number] | undefined,
  variant: MoneyVariant | null,
  answers: Answers,
): string {
  let key = `${band ? program.money.byApplicant.indexOf(band) : -1}|${variant ? program.money.variants.indexOf(variant) : -1}`
  for (const rule of program.money.perUnit)
    for (const factor of rule.per) key += `|${unitCount(factor.unit, answers)}`
  return key
}

// Freezes the objects buildTerms creates, not the catalogue's own objects they point to (labels,
// cost types). The arrays stay unfrozen and are typed readonly instead: V8 (Node 20) walks a
// frozen array in for-of through an allocated iterator, about 3× slower than a plain one, and
// the engine walks these arrays in every bound.
function freezeTerms(terms: MoneyTerms): MoneyTerms {
  const each = <T extends object>(list: readonly T[]) => {
    for (const item of list) Object.freeze(item)
  }
  const rules = (list: readonly PerUnitTerms[]) => {
    for (const rule of list) each(rule.per)
    each(list)
  }
  for (const part of terms.parts) rules(part.perUnit)
  rules(terms.perUnit)
  each(terms.parts)
  each(terms.openParts)
  each(terms.variants)
  return Object.freeze(terms)
}

function buildTerms(
  program: Program,
  band: Program['money']['byApplicant'][number] | undefined,
  variant: MoneyVariant | null,
  answers: Answers,
): MoneyTerms {
  const { money } = program
  const baseRate =
    variant?.ratePercent ??
    band?.ratePercent ??
    money.ratePercent ??
    (money.form === 'fullFinancing' ? 100 : null)
  const missing = new Set<string>()
  const rules = mapped(money.perUnit, (rule) => ({
    target: rule.part,
    terms: perUnitTerms(rule, answers, missing),
  }))
  const rulesFor = (target: string | null) =>
    mapped(
      rules.filter((r) => r.target === target),
      (r) => r.terms,
    )

  const partOf = (part: MoneyPart): PartTerms => {
    const perUnit = rulesFor(part.id)
    const rate =
      variant?.partRates?.[part.id] ??
      (part.ratePercent === undefined ? baseRate : part.ratePercent)
    return {
      id: part.id,
      label: part.label,
      costTypes: part.costTypes,
      phases: (part.phases ?? program.phases).filter((p) => program.phases.includes(p)),
      ratePercent: rate,
      minAmount: part.minAmount,
      ...capOf(part.maxAmount, counted(perUnit) ? sumTotals(perUnit) : null),
      maxShareOfTotalPercent: part.maxShareOfTotalPercent,
      requiresCostTypes: part.requiresCostTypes ?? null,
      perUnit,
      quantityMissing: counted(perUnit) && sumTotals(perUnit) === null,
    }
  }
  const allParts: PartTerms[] =
    money.parts.length > 0
      ? mapped(money.parts, partOf)
      : [
          {
            id: 'all',
            label: null,
            costTypes: program.costTypes,
            phases: program.phases,
            ratePercent: baseRate,
            minAmount: null,
            maxAmount: null,
            maxFrom: null,
            maxShareOfTotalPercent: null,
            requiresCostTypes: null,
            perUnit: [],
            quantityMissing: false,
          },
        ]

  const parts = allParts.filter((part) => !isOpen(program, part))
  const programmeRules = rulesFor(null)
  const bandMax =
    variant?.maxAmount !== undefined ? variant.maxAmount : band ? band.maxAmount : money.maxAmount
  const bandMin =
    variant?.minAmount !== undefined ? variant.minAmount : band ? band.minAmount : money.minAmount
  const cap = capOf(bandMax, counted(programmeRules) ? sumTotals(programmeRules) : null)
  const ownShare: OwnShareTerms | null =
    money.minOwnSharePercent === null
      ? null
      : {
          percent: money.minOwnSharePercent,
          basis: money.ownShareBasis,
          from: money.ownShareFrom,
          capsFunding: !money.ownShareFrom.includes('otherPublic'),
        }
  return {
    programId: program.id,
    bringsMoney: bringsMoney(program),
    minAmount: bandMin,
    ...cap,
    parts,
    openParts: mapped(
      allParts.filter((part) => isOpen(program, part)),
      openPart,
    ),
    rateUnpublished:
      money.form !== 'fixedSum' &&
      parts.some(
        (part) => part.ratePercent === null && (part.maxAmount !== null || cap.maxAmount !== null),
      ),
    perUnit: programmeRules,
    quantityMissing: counted(programmeRules) && sumTotals(programmeRules) === null,
    ownShare,
    variant: variant?.label ?? null,
    variants: mapped(money.variants, (v) => ({
      label: v.label,
      ratePercent: v.ratePercent ?? null,
    })),
    note: money.note ?? null,
    missing: [...missing],
  }
}

/**
 * True when the part requires costs of certain types in its phases (the management a
 * Sanierungsmanagement pays for) and the project has none: then it funds nothing.
 */
export function lacksRequiredCosts(
  part: Pick<PartTerms, 'requiresCostTypes' | 'phases'>,
  blocks: readonly { costType: CostType; phase: Phase; amount: number }[],
): boolean {
  const required = part.requiresCostTypes
  return (
    required !== null &&
    !blocks.some(
      (b) => b.amount > 0 && required.includes(b.costType) && part.phases.includes(b.phase),
    )
  )
}
