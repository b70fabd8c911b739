// The combination engine's entry point: candidates and project answers in, ranked plans out.
import type { Answers, CostMatrix } from '../answers/answer'
import type { AwardKind } from '../catalogue/vocabulary'
import type { Phase } from '../questionnaire/schema'
import { buildProblem, MIN_APPLICATION, type CandidateProgram, type Problem } from './candidates'
import { applicationCertainty, CERTAINTY_TIER, orderByCertainty, weighted25ths } from './certainty'
import { combinationKey } from './combination-key'
import { buildPlan, planMemo, type PlanContext } from './plan'
import { DEFAULT_SEARCH, searchCombinations, type SearchOptions } from './search'
import type {
  CombinationResult,
  FinancingPlan,
  ParetoPoint,
  PlanAlternative,
  PlanApplication,
} from './types'
import { mapped } from '../mapped'
import { projectYearsOf } from '../project-facts'

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
  const { problem, ctx } = combinationProblem(input)
  // The effort rule: an application must add at least the floor and 4 % of the plan's funding,
  // so vouchers are not stacked on a large grant for a few more euros (issue 12).
  // Near-duplicates are folded into the plan they repeat. Only when that leaves fewer than half
  // the plans asked for is the search asked again, to fill the list: the screen shows three and
  // the compare view picks from the list, while the wider search was most of the work on large
  // catalogues (90 % of the flows of the slowest 200-programme seed). Three scenarios now list
  // 7, 6, 7 plans (were 10, 8, 8); their first plans are the same.
  const shown = options.k ?? DEFAULT_SEARCH.k
  const search = (k: number) =>
    searchCombinations(problem, {
      minGain: MIN_APPLICATION,
      minGainPercent: EFFORT_PERCENT,
      ...options,
      k,
    })
  let result = search(shown)
  const pareto: ParetoPoint[] = mapped(result.pareto, (found) => ({
    size: found.set.length,
    funding: found.funding,
    programs: mapped(found.set, (i) => problem.items[i]!.program.id).sort(),
  }))
  // Built lazily: plans beyond the shown ones are built only while they may still repeat one.
  const built = () =>
    lazily(distinctSets(result.top, problem), (found) => buildPlan(problem, found, ctx))
  const awards = new Map(mapped(problem.items, (i) => [i.program.id, i.program.award]))
  const awardOf = (id: string) => awards.get(id) ?? null
  let plans = collapseNearDuplicates(built(), awardOf, shown)
  if (plans.length < Math.ceil(shown / 2) && result.top.length === shown) {
    result = search(shown * SEARCH_FACTOR)
    plans = collapseNearDuplicates(built(), awardOf, shown)
  }
  // Certainty before a few more euros (issue 12): the found plans reordered, each with its reason.
  return {
    plans: orderByCertainty(plans, awardOf),
    pareto,
    candidates: new Set(mapped(problem.items, (i) => i.program.id)).size,
    exact: result.exact,
  }
}

/**
 * A project's search problem and the context its plans are built in: what the search and the
 * direct evaluation of a marked plan (plan-for-key.ts) share, so both build the same plan.
 */
export function combinationProblem(input: CombinationInput): {
  problem: Problem
  ctx: PlanContext
} {
  return {
    problem: buildProblem(input.candidates, { minApplication: MIN_APPLICATION, ...input }),
    ctx: {
      today: input.today,
      ownFunds: input.ownFunds,
      plannedStart: input.plannedStart,
      projectYears: projectYearsOf(input.answers ?? {}),
      projectPhases: input.phases,
      memo: planMemo(),
    },
  }
}

/**
 * The same programmes filed by another applicant with less money (e.g. ELR by the Verein at 30 %
 * instead of by the municipality at 40 %) is no alternative worth a row: keep the better one.
 */
function distinctSets<T extends { set: number[] }>(top: readonly T[], problem: Problem): T[] {
  const seen = new Set<string>()
  return top.filter((found) => {
    const key = combinationKey(mapped(found.set, (i) => problem.items[i]!.program.id))
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * `make` of each of `from`, worked out when first read. An iterator object, not a generator: on
 * Node 20, plans built inside a suspended generator survived the young generation's collections
 * five times as often (1.07 MB instead of 0.21 MB per scavenge over the scenarios, and 6 ms
 * instead of 2 per scavenge; `--trace-gc-nvp`), which made every such collection a slow run.
 */
function lazily<T, U>(from: readonly T[], make: (t: T) => U): Iterable<U> {
  return {
    [Symbol.iterator]() {
      let i = 0
      return {
        next: (): IteratorResult<U> =>
          i < from.length
            ? { value: make(from[i++]!), done: false }
            : { value: undefined, done: true },
      }
    },
  }
}

/** A list left short by folding is filled from a search for this many times the plans shown. */
export const SEARCH_FACTOR = 2

/**
 * Folds near-duplicates into the plan they repeat and keeps the first `limit` plans, best first.
 * Two plans are near-duplicates when they have the same applications except one and the two
 * differing programmes are of the same kind: both public money or both private (a foundation's
 * or lottery's, so the plan's public funding, the public cap and public-first read the same), the
 * same verdict (an open programme is no sure stand-in for an eligible one) and the same euros in
 * the same cost blocks (so the amount and every figure of the plan stay the same), and warnings
 * of the same kinds (so the plan's risks read the same). Then the plans differ only in a name,
 * and the list shows one plan with "oder: …". The rest must match exactly: the same programmes
 * with the same applicant and the same euros per cost block. Which public level pays (EU, Bund,
 * Land) changes none of the plan's figures, and each plan has passed its own exclusions and
 * own-share rules: ESF Plus and Integration vor Ort each topping up the Fernsehlotterie's staff
 * costs by the same 12,000 € are one plan, not two.
 *
 * Certainty: twins may differ in how sure the swapped programme is (Gut Beraten! –
 * Quartiersentwicklung takes applications any time, Gut Beraten! is a competition). They still
 * fold, and the surer one stands for both: among plans of equal funding the surest comes first
 * (by its euros weighted by certainty), so a less sure twin is only ever an "oder". Keeping them
 * apart would spend a place of the list on a plan that brings the same euros less surely (the
 * screen shows three), while the alternative stays named for a project that prefers it. Unlike an
 * open verdict, which may yet fail, a less sure programme remains a real option.
 *
 * A duplicate is never better ranked than the plan it is folded into, and the first plan's
 * amounts never change (a surer twin of the same funding may take its place).
 */
export function collapseNearDuplicates(
  plans: Iterable<FinancingPlan>,
  awardOf: (programId: string) => AwardKind | null,
  limit: number,
): FinancingPlan[] {
  const kept: FinancingPlan[] = []
  for (const run of equalFundingRuns(plans)) {
    const last = kept.at(-1)
    // Plans come best first and a duplicate has the same funding as its plan: once the list is
    // full, plans funding less than its last one repeat none of them.
    if (kept.length >= limit && last && run[0]!.totalFunding < last.totalFunding) break
    for (const plan of surestFirst(run, awardOf)) {
      const twin = kept.find((k) => swapOf(k, plan) !== null)
      if (!twin) {
        // A copy: the alternatives found later are recorded on it, not on the caller's plan.
        if (kept.length < limit) kept.push({ ...plan })
        continue
      }
      const [mine, theirs] = swapOf(twin, plan)!
      const alternatives = twin.alternatives ?? []
      if (
        !alternatives.some((a) => a.programId === theirs.programId && a.replaces === mine.programId)
      )
        twin.alternatives = [
          ...alternatives,
          {
            replaces: mine.programId,
            programId: theirs.programId,
            name: theirs.name,
            applicant: theirs.applicant,
            amount: theirs.amount,
            certainty: certaintyOf(theirs, awardOf),
            lessCertain: tierOf(theirs, awardOf) > tierOf(mine, awardOf),
          } satisfies PlanAlternative,
        ]
    }
  }
  return kept
}

const certaintyOf = (app: PlanApplication, awardOf: (programId: string) => AwardKind | null) =>
  applicationCertainty(awardOf(app.programId), app.deadline.state)
const tierOf = (app: PlanApplication, awardOf: (programId: string) => AwardKind | null) =>
  CERTAINTY_TIER[certaintyOf(app, awardOf)]

/** Consecutive plans of the same funding, read lazily: one plan past a run ends it. */
function* equalFundingRuns(plans: Iterable<FinancingPlan>): Generator<FinancingPlan[]> {
  let run: FinancingPlan[] = []
  for (const plan of plans) {
    if (run.length > 0 && plan.totalFunding !== run[0]!.totalFunding) {
      yield run
      run = []
    }
    run.push(plan)
  }
  if (run.length > 0) yield run
}

/** Plans of one funding, the surest first; equally sure ones keep the search's order. */
function surestFirst(
  run: readonly FinancingPlan[],
  awardOf: (programId: string) => AwardKind | null,
): readonly FinancingPlan[] {
  if (run.length === 1) return run
  return mapped(
    mapped(run, (plan, index) => ({ plan, index, weight: weighted25ths(plan, awardOf) })).sort(
      (a, b) => b.weight - a.weight || a.index - b.index,
    ),
    (w) => w.plan,
  )
}

/**
 * The two applications in which `a` and `b` differ when they are near-duplicates, else null.
 * Exported for scripts/timeline-report.ts, which counts the near-duplicates left in a list.
 */
export function swapOf(
  a: FinancingPlan,
  b: FinancingPlan,
): [PlanApplication, PlanApplication] | null {
  if (a.totalFunding !== b.totalFunding || a.applications.length !== b.applications.length)
    return null
  const onlyA = a.applications.filter((x) => !b.programs.includes(x.programId))
  const onlyB = b.applications.filter((x) => !a.programs.includes(x.programId))
  if (onlyA.length !== 1 || onlyB.length !== 1) return null
  const [x, y] = [onlyA[0]!, onlyB[0]!]
  if (
    x.amount !== y.amount ||
    x.verdict !== y.verdict ||
    x.isPublic !== y.isPublic ||
    blocksOf(a, x.programId) !== blocksOf(b, y.programId) ||
    warningKinds(a) !== warningKinds(b)
  )
    return null
  for (const app of a.applications) {
    if (app === x) continue
    const other = b.applications.find((o) => o.programId === app.programId)
    if (
      !other ||
      other.applicant !== app.applicant ||
      other.amount !== app.amount ||
      blocksOf(a, app.programId) !== blocksOf(b, app.programId)
    )
      return null
  }
  return [x, y]
}

/**
 * A plan's warnings by kind, as a comparable key: an alternative whose plan warns of something
 * else (a cumulation not confirmed across funder levels, an own share carried by other grants,
 * stale data) is not the same plan under another name.
 */
export const warningKinds = (plan: FinancingPlan) =>
  mapped(plan.warnings, (w) => w.kind)
    .sort()
    .join(',')

/** The euros a programme gets per cost block in a plan, as a comparable key. */
export const blocksOf = (plan: FinancingPlan, programId: string) =>
  mapped(
    plan.allocations.filter((x) => x.programId === programId),
    (x) => `${x.costType}/${x.phase}:${x.amount}`,
  )
    .sort()
    .join(',')
