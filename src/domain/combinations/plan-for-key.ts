// A marked combination evaluated directly: the plan the search would build for exactly these
// programmes, or why they no longer form one. A mark outlives the top 10 it was chosen from (a
// shared link opened with other answers or a changed catalogue), so it is not looked up there.
import { Allocator } from './allocate'
import type { CandidateProgram, Problem } from './candidates'
import { planCertainty } from './certainty'
import { combinationProblem, EFFORT_PERCENT, type CombinationInput } from './combine'
import { buildPlan } from './plan'
import { compareFound, requiredGain, Scorer } from './search'
import { MIN_APPLICATION } from './candidates'
import type { FinancingPlan } from './types'
import { mapped } from '../mapped'

/**
 * Why a combination cannot be formed, as a code with the programmes it names (the words are the
 * describing layer's). `unknownProgram`: no longer in the catalogue; `notEligible`: ruled out by
 * its criteria; `notApplicable`: closed, or its last call ended with none known to follow;
 * `notCandidate`: not among the programmes the engine plans with (for a caller that has not
 * told which of the three it is); `noMoney`: brings no euros to this project (no money of its
 * own, no taking-part applicant, no cost it funds, or less than the smallest application);
 * `excluded`: the two may not be combined; `requirementUnmet`: it needs one of `anyOf` in the
 * plan; `publicFirst`: it is subsidiary and one of the public programmes `anyOf` must come
 * first; `minimumUnreachable`: an application stays below its programme's minimum or the
 * smallest application worth filing.
 */
export type PlanProblem =
  | { code: 'unknownProgram' | 'notEligible' | 'notCandidate' | 'noMoney'; programId: string }
  | { code: 'notApplicable'; programId: string; state: 'closed' | 'dormant' }
  | { code: 'excluded'; programId: string; other: string }
  | { code: 'requirementUnmet' | 'publicFirst'; programId: string; anyOf: string[] }
  | { code: 'minimumUnreachable' }

export type PlanOrProblem = { plan: FinancingPlan } | { problem: PlanProblem }

/** The effort rule as the search applies it (combine.ts). */
const EFFORT = { minGain: MIN_APPLICATION, minGainPercent: EFFORT_PERCENT }

/**
 * Pure: the financing plan of exactly these programmes, built by the engine the search uses
 * (same problem, allocation and plan builder), so a combination in the top 10 gets the plan the
 * search gave it. Of the applicant variants of its programmes the one the search would keep wins:
 * a variant in which every application adds what the effort rule asks, then the most funding.
 */
export function planForKey(input: CombinationInput, programIds: readonly string[]): PlanOrProblem {
  const ids = [...new Set(programIds)].sort()
  const candidates = new Map(mapped(input.candidates, (c) => [c.program.id, c] as const))
  const missing = ids.find((id) => !candidates.has(id))
  if (missing !== undefined) return { problem: { code: 'notCandidate', programId: missing } }
  const { problem, ctx } = combinationProblem(input)
  const variants: number[][] = []
  for (const id of ids) {
    const mine = problem.items.flatMap((item, i) => (item.program.id === id ? [i] : []))
    if (mine.length === 0) return { problem: withoutItem(candidates.get(id)!, ids, problem) }
    variants.push(mine)
  }
  const alloc = new Allocator(problem)
  const scorer = new Scorer(alloc, (funding) => requiredGain(funding, EFFORT))
  let best: { set: number[]; funding: number; needed: boolean } | null = null
  let first: PlanProblem | null = null
  for (const set of product(variants)) {
    const why = ruleBroken(set, problem, alloc)
    const evaluation = why ? null : alloc.evaluate(set)
    if (!evaluation) {
      first ??= why ?? { code: 'minimumUnreachable' }
      continue
    }
    const found = {
      set,
      funding: evaluation.funding,
      needed: scorer.necessary(set, evaluation.funding),
    }
    if (!best || isBetter(found, best)) best = found
  }
  if (!best) return { problem: first! }
  const evaluation = alloc.evaluate(best.set)!
  const plan = buildPlan(problem, { set: best.set, funding: best.funding, evaluation }, ctx)
  return { plan: { ...plan, certainty: planCertainty(plan.applications, awardOf(candidates)) } }
}

function isBetter(
  a: { set: number[]; funding: number; needed: boolean },
  b: { set: number[]; funding: number; needed: boolean },
) {
  if (a.needed !== b.needed) return a.needed
  return compareFound(a, b) < 0
}

const awardOf = (candidates: ReadonlyMap<string, CandidateProgram>) => (id: string) =>
  candidates.get(id)?.program.award ?? null

/** Every choice of one item per programme, each as ascending item indices. */
function product(variants: readonly number[][]): number[][] {
  let sets: number[][] = [[]]
  for (const choices of variants) sets = sets.flatMap((set) => mapped(choices, (i) => [...set, i]))
  return mapped(sets, (set) => set.sort((a, b) => a - b))
}

/**
 * A candidate the problem holds no item of: it needs a programme the plan lacks (the problem
 * drops items whose requirement cannot be met), or it brings this project no euros.
 */
function withoutItem(
  candidate: CandidateProgram,
  ids: readonly string[],
  problem: Problem,
): PlanProblem {
  const programId = candidate.program.id
  const offers = new Set(mapped(problem.offers, (o) => o.program.id))
  const unmet = candidate.program.combination.requires.find(
    (r) => r.kind === 'program' && !r.anyOf.some((id) => ids.includes(id) || offers.has(id)),
  )
  if (unmet?.kind === 'program') return { code: 'requirementUnmet', programId, anyOf: unmet.anyOf }
  return { code: 'noMoney', programId }
}

/** The first rule of a combination that does not depend on the money which `set` breaks. */
function ruleBroken(
  set: readonly number[],
  problem: Problem,
  alloc: Allocator,
): PlanProblem | null {
  const { items, compat } = problem
  for (const i of set)
    for (const j of set)
      if (i < j && ((compat[i]![j >>> 5]! >>> (j & 31)) & 1) === 0)
        return { code: 'excluded', programId: items[i]!.program.id, other: items[j]!.program.id }
  for (const i of set) {
    const item = items[i]!
    const groups = alloc.required[i] ?? []
    const k = groups.findIndex(
      (bits) => !set.some((j) => ((bits[j >>> 5]! >>> (j & 31)) & 1) !== 0),
    )
    if (k < 0) continue
    const anyOf = item.requires[k]!
    // The programme's own requirement, or the public programmes a subsidiary one must follow.
    const own = item.program.combination.requires.some(
      (r) => r.kind === 'program' && r.anyOf.some((id) => anyOf.includes(id)),
    )
    return { code: own ? 'requirementUnmet' : 'publicFirst', programId: item.program.id, anyOf }
  }
  if (!alloc.publicMoneyFirst(set)) {
    const item = mapped(set, (i) => items[i]!).find((it) => it.subsidiary)!
    return { code: 'publicFirst', programId: item.program.id, anyOf: item.publicFirst }
  }
  return null
}
