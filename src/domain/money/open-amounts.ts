// Money a plan cannot count: a programme that fits the project pays a share of some of its
// costs, but its rules publish no rate, or pays money whose rules fix no euro of it at all (no
// rate, no maximum, no amount per unit: Familienzentren, Integrationsmanagement), so any euro
// figure would be a guess. The plan names these programmes and parts beside its sums instead of
// leaving them out silently, and so does the screen when no plan can be formed.
import type { Answers, CostMatrix } from '../answers/answer'
import type { Program } from '../catalogue/schema'
import { mapped } from '../mapped'
import type { CostType, Phase } from '../questionnaire/vocabulary'
import {
  mayHaveOpenParts,
  termsFor,
  type OpenPartTerms,
  type PartTerms,
  type MoneyTerms,
} from './terms'

export interface OpenAmount {
  programId: string
  /** The open parts that meet costs of this project; their eligible costs beside each. */
  parts: { part: OpenPartTerms; costs: number }[]
}

export interface OpenAmountProject {
  organisations: readonly string[]
  costs: CostMatrix
  answers: Answers
}

function costsOf(part: OpenPartTerms, costs: CostMatrix): number {
  let sum = 0
  for (const type of part.costTypes as CostType[])
    for (const phase of part.phases as Phase[]) sum += costs[type]?.[phase] ?? 0
  return sum
}

const counts = (part: PartTerms) =>
  part.ratePercent !== null || part.maxAmount !== null || part.perUnit.some((r) => !r.informational)

/** Money whose euros the rules leave wholly open: every part of it is open. */
function openParts(terms: MoneyTerms): readonly OpenPartTerms[] {
  const unpriced =
    terms.bringsMoney &&
    terms.maxAmount === null &&
    !terms.perUnit.some((r) => !r.informational) &&
    !terms.parts.some(counts)
  if (!unpriced) return terms.openParts
  return [
    ...terms.openParts,
    ...mapped(terms.parts, (part) => ({
      id: part.id,
      label: part.label,
      costTypes: part.costTypes,
      phases: part.phases,
      minAmount: part.minAmount,
      maxAmount: null,
    })),
  ]
}

/** Whether a programme can have an open amount at all, before its terms are worked out. */
const mayBeOpen = (program: Program) =>
  mayHaveOpenParts(program) ||
  (program.money.ratePercent === null && program.money.maxAmount === null)

/**
 * Pure: for each programme (already judged as a candidate), the open parts that would fund
 * costs of this project for one of the organisations taking part. Programmes without such a
 * part are left out; the order of `programs` is kept.
 */
export function openAmounts(
  programs: readonly Program[],
  project: OpenAmountProject,
): OpenAmount[] {
  const out: OpenAmount[] = []
  for (const program of programs) {
    // Most programmes cannot have open parts: skip working out their terms (recommend's hot path).
    if (!mayBeOpen(program)) continue
    const seen = new Map<string, { part: OpenPartTerms; costs: number }>()
    for (const applicant of project.organisations) {
      if (!program.applicants.includes(applicant)) continue
      for (const part of openParts(termsFor(program, applicant, project.answers))) {
        const costs = costsOf(part, project.costs)
        if (costs > 0 && !seen.has(part.id)) seen.set(part.id, { part, costs })
      }
    }
    if (seen.size > 0) out.push({ programId: program.id, parts: [...seen.values()] })
  }
  return out
}
