// Money a plan cannot count: a programme that fits the project pays a share of some of its
// costs, but its rules publish no rate, so any euro figure would be a guess. The plan names
// these programmes and parts beside its sums instead of leaving them out silently.
import type { Answers, CostMatrix } from '../answers/answer'
import type { Program } from '../catalogue/schema'
import type { CostType, Phase } from '../questionnaire/vocabulary'
import { mayHaveOpenParts, termsFor, type OpenPartTerms } from './terms'

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
    if (!mayHaveOpenParts(program)) continue
    const seen = new Map<string, { part: OpenPartTerms; costs: number }>()
    for (const applicant of project.organisations) {
      if (!program.applicants.includes(applicant)) continue
      for (const part of termsFor(program, applicant, project.answers).openParts) {
        const costs = costsOf(part, project.costs)
        if (costs > 0 && !seen.has(part.id)) seen.set(part.id, { part, costs })
      }
    }
    if (seen.size > 0) out.push({ programId: program.id, parts: [...seen.values()] })
  }
  return out
}
