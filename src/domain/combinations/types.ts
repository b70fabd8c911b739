// The contract between the combination engine (issue 3) and everything that shows its result
// (app, compare, handout, calendar, CLI). Change it only together with its readers.
import type { DeadlineStatus } from '../deadlines/deadline-status'
import type { Verdict } from '../matching/eligibility'
import type { OpenAmount } from '../money/open-amounts'
import type { CostType, Phase } from '../questionnaire/schema'
import type { LocalizedText } from '../text'

/** Euros one programme funds in one cost block (cost type × phase). */
export interface Allocation {
  programId: string
  costType: CostType
  phase: Phase
  amount: number
}

/** One cost block of a plan: its costs, what the plan's programmes fund of them, the rest. */
export interface PlanBlock {
  costType: CostType
  phase: Phase
  costs: number
  funded: number
  /** What the project pays itself in this block. */
  ownShare: number
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
    | 'fundedCostsCap'
    | 'otherFunding'
  cap: number | null
  /** The money part's name; null for a programme without parts (its eligible costs). */
  partLabel: LocalizedText | null
  /** The part's cap as a share of the project's total costs, if it has one. */
  shareOfTotalPercent: number | null
  /** The plan's cap on public money (named when `limit` is `publicCap`). */
  publicCap: number
  /**
   * With `limit` `fundedCostsCap`: the share of these costs all funding may reach under another
   * member's rule (KfW 432: public money at most 85 % of the costs it funds); else null.
   */
  fundedCostsPercent: number | null
  /** The per-unit rules behind a per-unit limit (empty for every other limit). */
  perUnit: PerUnitBasis[]
}

/** One per-unit rule as the basis names it: "40,000 € per year × 2". */
export interface PerUnitBasis {
  amount: number
  label: LocalizedText
  /** The counts it multiplies by; null where a count is unknown. */
  counts: (number | null)[]
}

/** One application the plan needs: who files it, for how much, by when. */
export interface PlanApplication {
  programId: string
  name: LocalizedText
  /** Option value of the `organisations` question that files this application. */
  applicant: string
  amount: number
  /** Eligible, or open when it depends on unanswered questions. */
  verdict: Exclude<Verdict, 'ineligible'>
  prerequisites: LocalizedText[]
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
  /** What to do (rendered e.g. as "Antrag stellen: Quartiersimpulse"). */
  action: StepAction
  /** The deadline for this step, if any; `expected` marks a projected date. */
  date: string | null
  expected: boolean
  /**
   * Without a date: true where the programme runs rounds whose next date is not announced yet
   * (Quartiersimpulse), false where it takes applications without a deadline.
   */
  pending?: boolean
  /**
   * The date is the end of a window open now at a programme that decides as applications
   * arrive (MGH's funding period, KfW 432 while its budget lasts): apply any time until then.
   */
  openUntil?: boolean
  /**
   * The step must be done well before the date: a base grant outside the catalogue that has to
   * be approved before the programme topping it up is applied for by that date.
   */
  before?: boolean
  /**
   * The day the window of a projected round opens (DSEE: 15 January before its 15 October):
   * applications go in from then, so approval can come before a start in spring.
   */
  opens?: string | null
}

/**
 * A roadmap step's action as a code: apply for a programme, use an offer, or first apply for the
 * base grant outside the catalogue that the programme tops up. `name` is the short name.
 */
export type StepAction =
  | { code: 'apply' | 'useOffer'; name: LocalizedText }
  | { code: 'applyBase'; base: LocalizedText }
  // A programme paying a year at a time is applied for again each year (`year`: project year).
  | { code: 'applyAgain'; name: LocalizedText; year: number }

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
  // Other grants in the plan pay the costs a programme wants covered by an own share, and the
  // catalogue does not record that this programme accepts grants as own share.
  | 'ownShareFromGrants'
  // Beside another programme of a level its rules do not confirm (combination.unconfirmedWith).
  | 'cumulationUnconfirmed'
  // The last known window closes before the planned start and no later call or rhythm is known:
  // the application cannot wait for the project.
  | 'lastWindowBeforeStart'
  // The round the plan applies in closes within a few weeks: hardly time to prepare the
  // application; the round after it is named where one is known.
  | 'roundSoon'
  // The programme's funding period ends before the project does, while the plan has it pay
  // costs of the project's last phase: what falls after its period is not eligible.
  | 'endsBeforeProject'
  // A round for a Programmjahr (ELR, Städtebauförderung) funds the year after its deadline,
  // and the planned start lies before that year.
  | 'programmeYear'

/** A warning as a code with what its sentence names: programme names, ISO dates, euros. */
export type PlanWarning =
  | { kind: 'noEarlyStart'; programId?: undefined }
  | { kind: 'ownFundsShort'; programId?: undefined; own: number; need: number }
  | ProgramWarning<'deadlinePassed' | 'subsidiary'>
  // `full`: the plan leaves no own share on the costs this programme funds.
  | (ProgramWarning<'rateUnknown'> & { full?: boolean })
  | (ProgramWarning<'startBeforeDeadline' | 'lastWindowBeforeStart'> & {
      start: string
      date: string
      /** The window opens before the start (startBeforeDeadline only). */
      opens?: string
    })
  | (ProgramWarning<'roundSoon'> & {
      date: string
      /** True when `date` is projected from the rhythm, not announced. */
      expected: boolean
      after: string | null
      afterExpected: boolean
    })
  | (ProgramWarning<'endsBeforeProject'> & { months: number; years: number })
  | (ProgramWarning<'programmeYear'> & { date: string; year: number; start: string })
  | (ProgramWarning<'staleData'> & { checked: string })
  | (ProgramWarning<'openCriteria'> & { questions: string[] })
  | (ProgramWarning<'baseOutsideCatalogue'> & { base: LocalizedText })
  | (ProgramWarning<'ownShareFromGrants'> & { percent: number; others: LocalizedText[] })
  | (ProgramWarning<'cumulationUnconfirmed'> & { others: LocalizedText[] })

/** A warning about one programme of the plan, named by its short name. */
interface ProgramWarning<K extends WarningKind> {
  kind: K
  programId: string
  name: LocalizedText
}

export interface FinancingPlan {
  /** The combination's key (`combinationKey(programs)`): for marks, links and calendar ids. */
  key: string
  /** Programme ids in the combination, sorted. */
  programs: string[]
  allocations: Allocation[]
  /** The project's cost blocks, phase by phase, with what the plan funds in each. */
  blocks: PlanBlock[]
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
  /** Added with issue 12: how sure the plan's money is, set by its least certain application. */
  certainty?: PlanCertainty
  /** Added with issue 12: why the plan stands where it stands ("Warum vorn: …"), as a code. */
  rankReason?: RankReason
}

/**
 * How sure an application's money is, most certain first: a legal entitlement; a programme that
 * takes applications any time; a call with a known or projected date; a call whose next date is
 * not known; a competition that selects among applicants.
 */
export type CertaintyClass = 'entitlement' | 'rolling' | 'dated' | 'undated' | 'competitive'

export interface PlanCertainty {
  certainty: CertaintyClass
  /** 0 (entitlement or rolling), 1 (a dated call) or 2 (undated or competitive). */
  tier: number
  /** The application that sets the plan's class (its least certain one). */
  programId: string
}

/**
 * Why a plan stands before the next one in the list, as a code with its figures (the words are
 * the interface's). Plans rank by their euros weighted by certainty (a dated call's euro counts
 * 80 %, an undated call's or a competition's 64 %). `moreCertain`: a surer plan with at least as
 * many euros; `surerMoney`: fewer or as many euros, but surer ones; `materiallyMore`: a less sure
 * plan that brings enough more to outweigh that; `moreFunding`: as sure, more euros;
 * `fewerApplications`: as sure, as many euros, fewer applications; `equal`: the search's order;
 * `last`: the last plan of the list; `only`: the only one.
 */
export interface RankReason {
  code:
    | 'moreCertain'
    | 'surerMoney'
    | 'materiallyMore'
    | 'moreFunding'
    | 'fewerApplications'
    | 'equal'
    | 'last'
    | 'only'
  /** The next plan's certainty (absent for `last` and `only`). */
  next?: PlanCertainty
  /** Euros this plan brings more than the next one (negative: fewer). */
  difference?: number
  /** The difference in percent of the smaller of the two plans' funding, rounded down. */
  percent?: number
  /** This plan's and the next plan's euros weighted by certainty, rounded to whole euros. */
  weighted?: number
  nextWeighted?: number
}

/** A programme that can replace `replaces` in a plan: same kind, same amount, same cost blocks. */
export interface PlanAlternative {
  /** The plan's programme it stands in for. */
  replaces: string
  programId: string
  name: LocalizedText
  /** Option value of the `organisations` question that would file it. */
  applicant: string
  amount: number
  /** How sure the alternative's money is (issue 12), and whether less so than the one it replaces. */
  certainty?: CertaintyClass
  lessCertain?: boolean
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
  /**
   * Eligible programmes (or parts) that meet this project's costs but publish no rate: no plan
   * counts them, every plan names them as "amount open". Set by `recommend`.
   */
  openAmounts?: OpenAmount[]
}
