// Turns a found combination into the financing plan the app, handout and CLI show.
import { phaseRank, type Phase } from '../questionnaire/vocabulary'
import type { Program } from '../catalogue/schema'
import { isStale } from '../catalogue/warnings'
import { deadlineStatus, decidesOnArrival, type DeadlineStatus } from '../deadlines/deadline-status'
import type { CandidateProgram, Item, Problem } from './candidates'
import { amountBasis, planCaps } from './amount-basis'
import { combinationKey } from './combination-key'
import { percentOf } from './percent-of'
import { displayName } from './display-name'
import { planTiming } from './plan-timing'
import { byCodeUnits } from '../by-code-units'
import type { SearchResult } from './search'
import type {
  Allocation,
  FinancingPlan,
  PlanApplication,
  PlanBlock,
  PlanStep,
  PlanWarning,
} from './types'
import { mapped } from '../mapped'

export interface PlanContext {
  today: string
  ownFunds: number | null
  plannedStart: string | null
  /** Whole project years, or null when not answered (funding that ends before the project). */
  projectYears?: number | null
  projectPhases: readonly Phase[]
  /** Shared by the plans of one result (same problem and context): what every plan repeats. */
  memo?: PlanMemo
}

/** Deadlines, programme warnings and offer steps, worked out once for all plans of a result. */
export interface PlanMemo {
  deadlines: Map<string, DeadlineStatus>
  warnings: Map<string, PlanWarning[]>
  offerSteps?: Omit<PlanStep, 'order'>[]
}

export const planMemo = (): PlanMemo => ({ deadlines: new Map(), warnings: new Map() })

function deadlineOf(program: Program, ctx: PlanContext, memo: PlanMemo): DeadlineStatus {
  let deadline = memo.deadlines.get(program.id)
  if (!deadline) {
    deadline = deadlineStatus(program, ctx.today)
    memo.deadlines.set(program.id, deadline)
  }
  return deadline
}

function programWarnings(
  candidate: CandidateProgram,
  ctx: PlanContext,
  memo: PlanMemo,
): PlanWarning[] {
  const { program } = candidate
  const known = memo.warnings.get(program.id)
  if (known) return known
  const about = { programId: program.id, name: displayName(candidate) }
  const out: PlanWarning[] = []
  const deadline = deadlineOf(program, ctx, memo)
  if (deadline.state === 'dormant' || deadline.state === 'closed')
    out.push({ kind: 'deadlinePassed', ...about })
  const applyNow = decidesOnArrival(program, deadline)
  // A Programmjahr's round says more about the start: plan-timing.ts warns of it.
  const programmeYear = program.windows.fundsFollowingYear
  if (
    ctx.plannedStart &&
    deadline.next &&
    ctx.plannedStart <= deadline.next &&
    !applyNow &&
    !programmeYear
  )
    out.push({
      kind: 'startBeforeDeadline',
      ...about,
      start: ctx.plannedStart,
      date: deadline.next,
      // A window that opens before the start lets the application, and its approval, come first.
      ...(deadline.opens && deadline.opens < ctx.plannedStart ? { opens: deadline.opens } : {}),
    })
  if (
    ctx.plannedStart &&
    deadline.next &&
    deadline.next < ctx.plannedStart &&
    // No rhythm, so no projected date either: the window on record is the last one known.
    program.windows.recurrence === null &&
    program.windows.dates.every((w) => w.closes <= deadline.next!)
  )
    out.push({
      kind: 'lastWindowBeforeStart',
      ...about,
      start: ctx.plannedStart,
      date: deadline.next,
    })
  if (isStale(program.lastChecked, ctx.today))
    out.push({ kind: 'staleData', ...about, checked: program.lastChecked })
  if (candidate.verdict === 'open')
    out.push({ kind: 'openCriteria', ...about, questions: [...candidate.openQuestions] })
  memo.warnings.set(program.id, out)
  return out
}

function offerSteps(problem: Problem, ctx: PlanContext, memo: PlanMemo) {
  memo.offerSteps ??= mapped(problem.offers, (offer) => {
    const deadline = deadlineOf(offer.program, ctx, memo)
    return {
      phase: offerPhase(offer, ctx.projectPhases),
      programId: offer.program.id,
      action: { code: 'useOffer' as const, name: displayName(offer) },
      date: deadline.next,
      expected: deadline.expected,
    }
  })
  return memo.offerSteps
}

export function buildPlan(
  problem: Problem,
  found: SearchResult['top'][number],
  ctx: PlanContext,
): FinancingPlan {
  const memo = ctx.memo ?? planMemo()
  const items = mapped(found.set, (i) => problem.items[i]!)
  const allocations: Allocation[] = []
  const applications: PlanApplication[] = []
  const steps: Omit<PlanStep, 'order'>[] = []
  const warnings: PlanWarning[] = []
  const caps = planCaps(items, problem.blocks, found.evaluation.amounts, {
    funding: found.funding,
    publicFunding: found.evaluation.publicFunding,
    totalCosts: problem.totalCosts,
  })
  items.forEach((item, k) => {
    const row = found.evaluation.amounts[k]!
    const funded = item.blocks.filter((b) => row[b]! > 0)
    for (const b of funded) allocations.push(allocationOf(item, problem.blocks[b]!, row[b]!))
    const deadline = { ...deadlineOf(item.program, ctx, memo) }
    applications.push({
      programId: item.program.id,
      name: item.program.name,
      applicant: item.applicant,
      amount: funded.reduce((sum, b) => sum + row[b]!, 0),
      verdict: item.candidate.verdict,
      prerequisites: mapped(item.program.prerequisites, (p) => p.text),
      deadline,
      isPublic: item.isPublic,
      basis: amountBasis(item, row, problem.blocks, caps),
    })
    warnings.push(...itemWarnings(item, ctx, memo))
  })
  const timing = planTiming(items, applications, allocations, problem.blocks, {
    today: ctx.today,
    plannedStart: ctx.plannedStart,
    projectYears: ctx.projectYears ?? null,
  })
  steps.push(...timing.steps)
  warnings.push(...timing.warnings)
  steps.push(...offerSteps(problem, ctx, memo))
  steps.sort(
    (a, b) =>
      phaseRank(a.phase) - phaseRank(b.phase) ||
      byCodeUnits(a.date ?? '9999', b.date ?? '9999') ||
      byCodeUnits(a.programId, b.programId),
  )
  const blocks = planBlocks(problem.blocks, allocations)
  markFull(warnings, allocations, blocks)
  warnings.push(...ownShareFromGrants(problem, found, items), ...cumulationUnconfirmed(items))
  const totalFunding = found.funding
  const ownShare = problem.totalCosts - totalFunding
  if (items.some((i) => !i.program.startBeforeApproval)) warnings.unshift({ kind: 'noEarlyStart' })
  if (ctx.ownFunds !== null && ctx.ownFunds < ownShare)
    warnings.push({ kind: 'ownFundsShort', own: ctx.ownFunds, need: ownShare })
  const open = items.filter((i) => i.candidate.verdict === 'open')
  const programs = mapped(items, (i) => i.program.id).sort()
  return {
    key: combinationKey(programs),
    programs,
    allocations,
    blocks,
    totalCosts: problem.totalCosts,
    totalFunding,
    publicFunding: found.evaluation.publicFunding,
    ownShare,
    ownSharePercent:
      problem.totalCosts > 0 ? Math.round((ownShare / problem.totalCosts) * 1000) / 10 : 0,
    applications,
    steps: mapped(steps, (s, i) => ({ order: i + 1, ...s })),
    warnings,
    dependsOn: [...new Set(open.flatMap((i) => i.candidate.openQuestions))].sort(),
  }
}

function allocationOf(item: Item, block: Problem['blocks'][number], amount: number): Allocation {
  return { programId: item.program.id, costType: block.costType, phase: block.phase, amount }
}

/** What the plan says about one of its programmes: its own warnings, then the plan's about it. */
function itemWarnings(item: Item, ctx: PlanContext, memo: PlanMemo): PlanWarning[] {
  const about = { programId: item.program.id, name: displayName(item.candidate) }
  const out: PlanWarning[] = mapped(programWarnings(item.candidate, ctx, memo), (w) => ({ ...w }))
  if (item.subsidiary) out.push({ kind: 'subsidiary', ...about })
  for (const req of item.program.combination.requires)
    if (req.kind === 'external')
      out.push({ kind: 'baseOutsideCatalogue', ...about, base: req.name })
  if (item.rateUnknown) out.push({ kind: 'rateUnknown', ...about })
  return out
}

/**
 * A programme that requires an own share (its rules name no grants as a source of it) whose
 * cost blocks the plan funds beyond what that own share leaves, together with other programmes:
 * those grants stand in for its own share, and whether that is allowed is not on record.
 */
function ownShareFromGrants(
  problem: Problem,
  found: SearchResult['top'][number],
  items: readonly Item[],
): PlanWarning[] {
  const rows = found.evaluation.amounts
  const funded = mapped(problem.blocks, (_, b) => rows.reduce((sum, row) => sum + row[b]!, 0))
  return items.flatMap((item, k): PlanWarning[] => {
    const own = item.terms?.ownShare
    if (!own || own.from.includes('private') || own.from.includes('otherPublic')) return []
    const others = new Set<number>()
    for (const b of item.blocks) {
      if (rows[k]![b]! <= 0) continue
      const room = percentOf(problem.blocks[b]!.amount, 100 - own.percent)
      if (funded[b]! <= room) continue
      rows.forEach((row, j) => {
        if (j !== k && row[b]! > 0) others.add(j)
      })
    }
    if (others.size === 0) return []
    return [
      {
        kind: 'ownShareFromGrants',
        programId: item.program.id,
        name: displayName(item.candidate),
        percent: own.percent,
        others: mapped(
          [...others].sort((a, b) => a - b),
          (j) => displayName(items[j]!.candidate),
        ),
      },
    ]
  })
}

/**
 * A programme without a published rate is planned at its maximum; where the plan then leaves no
 * own share on any cost it funds, its warning says so (Quartiersimpulse at 100 %).
 */
function markFull(
  warnings: PlanWarning[],
  allocations: readonly Allocation[],
  blocks: readonly PlanBlock[],
): void {
  for (const w of warnings) {
    if (w.kind !== 'rateUnknown') continue
    const mine = allocations.filter((a) => a.programId === w.programId && a.amount > 0)
    w.full =
      mine.length > 0 &&
      mine.every(
        (a) => blocks.find((b) => b.costType === a.costType && b.phase === a.phase)!.ownShare === 0,
      )
  }
}

/** A programme beside another whose funder's level its rules do not confirm as combinable. */
function cumulationUnconfirmed(items: readonly Item[]): PlanWarning[] {
  return items.flatMap((item): PlanWarning[] => {
    const { combination } = item.program
    if (combination.unconfirmedWith.length === 0) return []
    const others = items.filter(
      (other) =>
        other.program.id !== item.program.id &&
        combination.unconfirmedWith.includes(other.program.funder.level),
    )
    if (others.length === 0) return []
    return [
      {
        kind: 'cumulationUnconfirmed',
        programId: item.program.id,
        name: displayName(item.candidate),
        others: mapped(others, (o) => displayName(o.candidate)),
      },
    ]
  })
}

/** Each cost block with the euros the plan funds in it, in phase order as the plan is read. */
function planBlocks(blocks: Problem['blocks'], allocations: readonly Allocation[]): PlanBlock[] {
  return mapped(blocks, (block) => {
    const funded = allocations
      .filter((a) => a.costType === block.costType && a.phase === block.phase)
      .reduce((sum, a) => sum + a.amount, 0)
    return {
      costType: block.costType,
      phase: block.phase,
      costs: block.amount,
      funded,
      ownShare: Math.max(0, block.amount - funded),
    }
  }).sort((a, b) => phaseRank(a.phase) - phaseRank(b.phase))
}

/** The first project phase an offer serves, else its own first phase. */
function offerPhase(offer: CandidateProgram, projectPhases: readonly Phase[]): Phase {
  const own = [...offer.program.phases].sort((a, b) => phaseRank(a) - phaseRank(b))
  return own.find((p) => projectPhases.includes(p)) ?? own[0]!
}
