// The combination engine's entry point: candidates and project answers in, ranked plans out.
import type { Answers, CostMatrix } from '../answers/answer'
import type { Phase } from '../questionnaire/schema'
import type { Lang } from '../text'
import { buildProblem, MIN_APPLICATION, type CandidateProgram, type Problem } from './candidates'
import { buildPlan, planMemo } from './plan'
import { searchCombinations, type SearchOptions } from './search'
import type { CombinationResult, ParetoPoint } from './types'

export interface CombinationInput {
  candidates: readonly CandidateProgram[]
  /** Option values of the `organisations` answer, in the order given. */
  organisations: readonly string[]
  costs: CostMatrix
  /** The effective answers, for per-unit counts and conditional rates. */
  answers?: Answers
  ownFunds: number | null
  plannedStart: string | null
  phases: readonly Phase[]
  today: string
  lang: Lang
  /** The smallest application worth filing (default MIN_APPLICATION). */
  minApplication?: number
}

/**
 * One more application must add at least this share of the plan's funding. The smallest add-on
 * the research documents as filed is Weinheim's 4,000 € Gut Beraten! voucher beside 84,500 €
 * of Quartiersimpulse (4.5 % of the plan); the rule asks a little less, so that real
 * combination stays a plan while a 2,000 € voucher on a 95,000 € plan does not.
 */
export const EFFORT_PERCENT = 4

/** Pure: any clock for the time budget comes in through `options.now`. */
export function combine(
  input: CombinationInput,
  options: Partial<SearchOptions> = {},
): CombinationResult {
  const problem = buildProblem(input.candidates, { minApplication: MIN_APPLICATION, ...input })
  // The effort rule: an application must add at least the floor and 4 % of the plan's funding,
  // so vouchers are not stacked on a large grant for a few more euros (issue 12).
  const result = searchCombinations(problem, {
    minGain: MIN_APPLICATION,
    minGainPercent: EFFORT_PERCENT,
    ...options,
  })
  const ctx = {
    today: input.today,
    lang: input.lang,
    ownFunds: input.ownFunds,
    plannedStart: input.plannedStart,
    projectPhases: input.phases,
    memo: planMemo(),
  }
  const pareto: ParetoPoint[] = result.pareto.map((found) => ({
    size: found.set.length,
    funding: found.funding,
    programs: found.set.map((i) => problem.items[i]!.program.id).sort(),
  }))
  return {
    plans: distinctSets(result.top, problem).map((found) => buildPlan(problem, found, ctx)),
    pareto,
    candidates: new Set(problem.items.map((i) => i.program.id)).size,
    exact: result.exact,
  }
}

/**
 * The same programmes filed by another applicant with less money (e.g. ELR by the Verein at 30 %
 * instead of by the municipality at 40 %) is no alternative worth a row: keep the better one.
 */
function distinctSets<T extends { set: number[] }>(top: readonly T[], problem: Problem): T[] {
  const seen = new Set<string>()
  return top.filter((found) => {
    const key = found.set
      .map((i) => problem.items[i]!.program.id)
      .sort()
      .join('+')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
