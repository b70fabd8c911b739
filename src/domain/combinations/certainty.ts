// Certainty order (issue 12): what a municipality can count on ranks before a few more euros.
// Pure: the deadline state comes in with each application, computed for the `today` passed in.
import type { AwardKind } from '../catalogue/vocabulary'
import type { DeadlineState } from '../deadlines/deadline-status'
import type {
  CertaintyClass,
  FinancingPlan,
  PlanApplication,
  PlanCertainty,
  RankReason,
} from './types'
import { mapped } from '../mapped'

/**
 * Entitlements and rolling programmes first, then calls with a known or projected date, then
 * calls whose next date is unknown and competitions. An undated call shares the last tier:
 * without a date the municipality cannot plan on it any more than on a jury.
 */
export const CERTAINTY_TIER: Readonly<Record<CertaintyClass, number>> = {
  entitlement: 0,
  rolling: 0,
  dated: 1,
  undated: 2,
  competitive: 2,
}

/**
 * A euro one tier less certain must be matched by more than this share more to count as much:
 * a euro of a dated call counts 1/1.25 = 80 %, of an undated call or a competition 1/1.25² = 64 %.
 * So a plan wholly one tier less sure ranks above a surer one only when it brings more than 25 %
 * more (two tiers: 56.25 %). Competitions fund about one applicant in three (Ideenwettbewerb
 * 2017: 53 of 147, programmes.md A7; the Landessanierungsprogramm is oversubscribed several
 * times, verify-B-D.md), and a dated call can slip a round. A quarter is six times the effort
 * rule's 4 % (what one more application must add), so a voucher or a small grant never buys a
 * plan its place ahead of a surer one, while a plan that brings half as much again still leads:
 * weighting each euro by its odds (× 0.36) would bury every competition under any small sure
 * plan, although a large competitive grant is often the project's only real route.
 */
export const MATERIAL_PERCENT = 25

/** The weights per tier in 25ths (1, 1/1.25, 1/1.25²): integers, so plans compare exactly. */
const WEIGHT_25THS: readonly number[] = [25, 20, 16]

/**
 * How sure one application's money is. The award kind decides where the data give it: an
 * entitlement is sure, a competition is not, whatever its dates; a programme that takes
 * applications any time (or awards them as they come) is rolling. Otherwise the deadline decides:
 * rolling, a known or projected date, or no known date. Dormant and closed programmes never
 * reach a plan (the candidates leave them out); should one arrive, it counts as undated.
 */
export function applicationCertainty(
  award: AwardKind | null,
  deadline: DeadlineState,
): CertaintyClass {
  if (award === 'entitlement') return 'entitlement'
  if (award === 'competitive') return 'competitive'
  // First come, first served with its window open today: an application can go in now.
  if (
    award === 'rolling' ||
    deadline === 'rolling' ||
    (award === 'firstCome' && deadline === 'open')
  )
    return 'rolling'
  if (deadline === 'open' || deadline === 'upcoming' || deadline === 'expected') return 'dated'
  return 'undated'
}

const ORDER: readonly CertaintyClass[] = [
  'entitlement',
  'rolling',
  'dated',
  'undated',
  'competitive',
]

/**
 * A plan is as sure as its least certain application: every application must succeed for the
 * plan to stand. Among equally uncertain ones a competition is named before an undated call.
 */
export function planCertainty(
  applications: readonly PlanApplication[],
  awardOf: (programId: string) => AwardKind | null,
): PlanCertainty {
  let weakest: PlanCertainty | null = null
  for (const a of applications) {
    const certainty = applicationCertainty(awardOf(a.programId), a.deadline.state)
    const tier = CERTAINTY_TIER[certainty]
    if (
      !weakest ||
      tier > weakest.tier ||
      (tier === weakest.tier && ORDER.indexOf(certainty) > ORDER.indexOf(weakest.certainty))
    )
      weakest = { certainty, tier, programId: a.programId }
  }
  // A plan always has an application; an empty one is as sure as no money at all.
  return weakest ?? { certainty: 'entitlement', tier: 0, programId: '' }
}

/**
 * A plan's euros weighted by how sure each application is, in 25ths of a euro: exact integers,
 * for the order and for choosing the surest of near-duplicate plans.
 */
export function weighted25ths(
  plan: FinancingPlan,
  awardOf: (programId: string) => AwardKind | null,
): number {
  return plan.applications.reduce((sum, a) => {
    const tier = CERTAINTY_TIER[applicationCertainty(awardOf(a.programId), a.deadline.state)]
    return sum + a.amount * WEIGHT_25THS[tier]!
  }, 0)
}

/** A plan's euros weighted by certainty, rounded to whole euros: what the order compares. */
export function weightedFunding(
  plan: FinancingPlan,
  awardOf: (programId: string) => AwardKind | null,
): number {
  return Math.round(weighted25ths(plan, awardOf) / 25)
}

interface Weighted {
  plan: FinancingPlan
  certainty: PlanCertainty
  weighted: number
  index: number
}

/**
 * Higher weighted funding first. Each application counts with its own weight, so a plan that
 * adds a competition to a sure grant stays ahead of the sure grant alone: it holds the same sure
 * money and a chance of more. At equal weight the surer plan, then the given order.
 */
function compareWeighted(a: Weighted, b: Weighted): number {
  return b.weighted - a.weighted || a.certainty.tier - b.certainty.tier || a.index - b.index
}

/**
 * Pure: the plans (given best first by funding) in the certainty order, each with its certainty
 * and the reason it stands before the next one. The plans given are not changed.
 */
export function orderByCertainty(
  plans: readonly FinancingPlan[],
  awardOf: (programId: string) => AwardKind | null,
): FinancingPlan[] {
  const ordered = mapped(plans, (plan, index) => ({
    plan,
    certainty: planCertainty(plan.applications, awardOf),
    weighted: weighted25ths(plan, awardOf),
    index,
  })).sort(compareWeighted)
  return mapped(ordered, (w, i) => ({
    ...w.plan,
    certainty: w.certainty,
    rankReason: reasonBefore(w, ordered[i + 1], ordered.length),
  }))
}

function reasonBefore(a: Weighted, b: Weighted | undefined, count: number): RankReason {
  if (!b) return { code: count === 1 ? 'only' : 'last' }
  const difference = a.plan.totalFunding - b.plan.totalFunding
  const smaller = Math.min(a.plan.totalFunding, b.plan.totalFunding)
  const figures = {
    next: b.certainty,
    difference,
    percent: smaller > 0 ? Math.floor((Math.abs(difference) * 100) / smaller) : 0,
    weighted: Math.round(a.weighted / 25),
    nextWeighted: Math.round(b.weighted / 25),
  }
  const surer = a.certainty.tier < b.certainty.tier
  if (difference < 0 || (difference === 0 && a.weighted > b.weighted && !surer))
    return { code: 'surerMoney', ...figures }
  if (surer) return { code: 'moreCertain', ...figures }
  if (difference > 0)
    return {
      code: a.certainty.tier > b.certainty.tier ? 'materiallyMore' : 'moreFunding',
      ...figures,
    }
  if (a.plan.applications.length < b.plan.applications.length)
    return { code: 'fewerApplications', ...figures }
  return { code: 'equal', ...figures }
}
