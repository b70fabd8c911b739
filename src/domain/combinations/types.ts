// The contract between the combination engine (issue 3) and everything that shows its result
// (app, compare, handout, calendar, CLI). Change it only together with its readers.
import type { DeadlineStatus } from '../deadlines/deadline-status'
import type { Verdict } from '../matching/eligibility'
import type { CostType, Phase } from '../questionnaire/schema'

/** Euros one programme funds in one cost block (cost type × phase). */
export interface Allocation {
  programId: string
  costType: CostType
  phase: Phase
  amount: number
}

/** The rule that sets one money part's amount in a plan, so every euro can be traced. */
export interface AmountBasis {
  /** The money part (`all` for a programme without parts). */
  part: string
  amount: number
  /** The part's eligible costs in this project. */
  costs: number
  ratePercent: number | null
  /**
   * What limits the amount: the part's rate on its costs, its maximum, its per-unit amount, its
   * share of the total costs, the programme's maximum or per-unit amount, the own share the
   * programme demands, or the costs the other programmes of the plan already fund.
   */
  limit:
    | 'rate'
    | 'max'
    | 'perUnit'
    | 'shareOfTotal'
    | 'programmeMax'
    | 'programmePerUnit'
    | 'ownShare'
    | 'publicCap'
    | 'otherFunding'
  cap: number | null
  /** The same in words, in the requested language. */
  text: string
}

/** One application the plan needs: who files it, for how much, by when. */
export interface PlanApplication {
  programId: string
  name: string
  /** Option value of the `organisations` question that files this application. */
  applicant: string
  amount: number
  /** Eligible, or open when it depends on unanswered questions. */
  verdict: Exclude<Verdict, 'ineligible'>
  prerequisites: string[]
  deadline: DeadlineStatus
  isPublic: boolean
  /** Per money part: the rule that sets its amount. */
  basis: AmountBasis[]
}

/** One step of the roadmap, in the order a municipality would take them. */
export interface PlanStep {
  order: number
  phase: Phase
  programId: string
  /** What to do, in the requested language (e.g. "Antrag stellen: Quartiersimpulse"). */
  action: string
  /** The deadline for this step, if any; `expected` marks a projected date. */
  date: string | null
  expected: boolean
}

export type WarningKind =
  | 'noEarlyStart'
  | 'deadlinePassed'
  | 'staleData'
  | 'openCriteria'
  | 'ownFundsShort'
  | 'subsidiary'
  | 'startBeforeDeadline'
  // Added with the engine (backward compatible): a programme without a published rate is
  // capped only by its maximum and the eligible costs, and the plan says so.
  | 'rateUnknown'
  // A programme that tops up another grant outside the catalogue: that grant comes first.
  | 'baseOutsideCatalogue'

export interface PlanWarning {
  kind: WarningKind
  programId?: string
  message: string
}

export interface FinancingPlan {
  /** Programme ids in the combination, sorted. A stable key for comparing and sharing. */
  programs: string[]
  allocations: Allocation[]
  totalCosts: number
  totalFunding: number
  publicFunding: number
  ownShare: number
  /** Own share as a percentage of total costs, 0–100. */
  ownSharePercent: number
  applications: PlanApplication[]
  steps: PlanStep[]
  warnings: PlanWarning[]
  /** Question ids whose answers would settle the open programmes in this plan. */
  dependsOn: string[]
  /**
   * Added with issue 12 (backward compatible): programmes that could stand in for one of this
   * plan's programmes with every euro figure unchanged ("oder: …"); absent when there are none.
   */
  alternatives?: PlanAlternative[]
}

/** A programme that can replace `replaces` in a plan: same kind, same amount, same cost blocks. */
export interface PlanAlternative {
  /** The plan's programme it stands in for. */
  replaces: string
  programId: string
  name: string
  /** Option value of the `organisations` question that would file it. */
  applicant: string
  amount: number
}

export interface ParetoPoint {
  size: number
  funding: number
  programs: string[]
}

export interface CombinationResult {
  /** Top combinations: funding desc, then own share asc, then fewer applications. */
  plans: FinancingPlan[]
  /** Best funding reachable with 1, 2, 3 … programmes. */
  pareto: ParetoPoint[]
  candidates: number
  /** False when the search was cut by its budget; the plans are then the best found so far. */
  exact: boolean
}
