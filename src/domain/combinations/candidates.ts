// Turns candidate programmes and the project's answers into search items: one item per programme
// and distinct applicant amount band, with integer euro bounds the allocation can use directly.
import type { Answers, CostMatrix } from '../answers/answer'
import type { Program } from '../catalogue/schema'
import { PUBLIC_LEVELS } from '../catalogue/vocabulary'
import type { Verdict } from '../matching/eligibility'
import {
  bringsMoney,
  lacksRequiredCosts,
  termsFor,
  type MoneyTerms,
  type PartTerms,
} from '../money/terms'
import { unitCount } from '../money/units'
import { COST_TYPES, PHASES, type CostType, type Phase } from '../questionnaire/vocabulary'
import { NO_CAP } from './no-cap'
import { percentOf } from './percent-of'
import { mapped } from '../mapped'
import { byCodeUnits } from '../by-code-units'

export { bringsMoney }

export interface CandidateProgram {
  program: Program
  verdict: Exclude<Verdict, 'ineligible'>
  /** Question ids whose answers would settle an open verdict. */
  openQuestions: string[]
}

export interface CostBlock {
  costType: CostType
  phase: Phase
  amount: number
}

/**
 * One money part of an item: the cost blocks it may fund, what it may pay in each block (its
 * rate times the block's costs) and its own cap (a part maximum, a per-unit total or a share of
 * the total costs). The parts of one item never share a block.
 */
export interface ItemPart {
  /** Indices into `Problem.blocks`, ascending. */
  blocks: number[]
  /** Euros this part may fund in each of its blocks, aligned with `blocks`. */
  blockCaps: number[]
  /** The most this part may fund over all its blocks; NO_CAP when only the block caps bind. */
  upper: number
  /** The part of the money terms it comes from (for the plan's "which rule set this amount"). */
  id?: string
  /** Which rule sets `upper` when it is below the sum of the block caps. */
  capBy?: 'max' | 'perUnit' | 'shareOfTotal'
}

export interface Item {
  candidate: CandidateProgram
  program: Program
  /** Option value of the `organisations` answer that files the application. */
  applicant: string
  /** Union of the parts' blocks, ascending. */
  blocks: number[]
  parts: ItemPart[]
  lower: number
  upper: number
  isPublic: boolean
  subsidiary: boolean
  /** The highest total funding this programme allows (from its minimum own share or cofunding). */
  totalCap: number
  /** The highest public funding this programme allows (maxPublicRatePercent of the costs). */
  publicCap: number
  /**
   * With a public cap on the costs it funds (`publicRateOf: fundedCosts`): the share of each of
   * its blocks that all programmes of a plan together may fund; null without such a cap.
   */
  blockFundingPercent: number | null
  /** Each entry: at least one of these programme ids must be in the combination. */
  requires: string[][]
  /**
   * For a subsidiary item: ids of eligible, public, non-subsidiary programmes that fund some of
   * its blocks. A combination with this item is invalid while one of them could join it (an item
   * of it is compatible with every member) and is not in it: public money first.
   */
  publicFirst: string[]
  rateUnknown: boolean
  /** The money terms this item was built from. */
  terms?: MoneyTerms
}

export interface Problem {
  blocks: CostBlock[]
  totalCosts: number
  /** Sorted for the search: highest upper bound first, then programme id, then applicant. */
  items: Item[]
  /** Eligible offers that bring no money (advice, networks); they appear as roadmap steps. */
  offers: CandidateProgram[]
  /** compat[i] has bit j set when items i and j may be combined. */
  compat: Uint32Array[]
}

export interface ProjectInput {
  organisations: readonly string[]
  costs: CostMatrix
  /** The effective answers: counts for per-unit amounts and conditions of conditional rates. */
  answers?: Answers
  /** The smallest application worth filing, in euros (default 1: any euro counts). */
  minApplication?: number
}

/**
 * The smallest application a plan proposes: below it, writing the application, reporting and
 * the proof of use cost the applicant more than the grant brings. 1,000 € lies below every
 * amount the catalogue's small programmes pay (vouchers of 2,000 € and more), so none of them
 * is ruled out, and above the leftovers of a few euros a flow can hand a programme.
 */
export const MIN_APPLICATION = 1000

export function costBlocks(costs: CostMatrix): CostBlock[] {
  const blocks: CostBlock[] = []
  for (const costType of COST_TYPES) {
    for (const phase of PHASES) {
      // Whole euros: plans must add up exactly, and no programme funds cents.
      const amount = Math.round(costs[costType]?.[phase] ?? 0)
      if (amount > 0) blocks.push({ costType, phase, amount })
    }
  }
  return blocks
}

/**
 * A part of the terms as the allocation sees it: its blocks, what it may pay in each (its rate
 * times the block, or the whole block when the rate is unpublished) and its cap. Null when the
 * part can bring no euro figure: a count it needs is missing, or neither a rate nor any cap is
 * published (any figure would be invented).
 */
function itemPart(
  part: PartTerms,
  terms: MoneyTerms,
  blocks: readonly CostBlock[],
  totalCosts: number,
): ItemPart | null {
  if (part.quantityMissing || lacksRequiredCosts(part, blocks)) return null
  const mine = blocks.flatMap((b, i) =>
    part.costTypes.includes(b.costType) && part.phases.includes(b.phase) ? [i] : [],
  )
  if (mine.length === 0) return null
  if (part.ratePercent === null && part.maxAmount === null && terms.maxAmount === null) return null
  const rate = part.ratePercent ?? 100
  const blockCaps = mapped(mine, (b) => percentOf((blocks[b] as CostBlock).amount, rate))
  const byRate = blockCaps.reduce((sum, cap) => sum + cap, 0)
  let upper = byRate
  let capBy: ItemPart['capBy']
  if (part.maxAmount !== null && part.maxAmount < upper) {
    upper = part.maxAmount
    capBy = part.maxFrom ?? 'max'
  }
  if (part.maxShareOfTotalPercent !== null) {
    const share = percentOf(percentOf(totalCosts, part.maxShareOfTotalPercent), rate)
    if (share < upper) {
      upper = share
      capBy = 'shareOfTotal'
    }
  }
  if (upper <= 0) return null
  return { blocks: mine, blockCaps, upper: capBy ? upper : NO_CAP, id: part.id, capBy }
}

/**
 * The years a programme funds: the count of its per-year amount (capped as that rule caps it),
 * else the project's duration; null when the duration is not answered.
 */
function fundedYears(terms: MoneyTerms, answers: Answers): number | null {
  const rules = [...terms.perUnit, ...terms.parts.flatMap((p) => p.perUnit)]
  const factor = rules.flatMap((r) => r.per).find((f) => f.unit === 'year')
  return factor ? factor.count : unitCount('year', answers)
}

function itemsFor(
  candidate: CandidateProgram,
  blocks: CostBlock[],
  totalCosts: number,
  input: ProjectInput,
): Item[] {
  const { program } = candidate
  const { combination } = program
  const answers = input.answers ?? {}
  const fundedCostsCap = combination.publicRateOf === 'fundedCosts'
  const publicCap =
    combination.maxPublicRatePercent === null || fundedCostsCap
      ? NO_CAP
      : percentOf(totalCosts, combination.maxPublicRatePercent)
  const blockFundingPercent = fundedCostsCap ? combination.maxPublicRatePercent : null
  const requires = combination.requires.flatMap((r) => (r.kind === 'program' ? [r.anyOf] : []))

  const seen: TermsFigures[] = []
  const items: Item[] = []
  const applicants = input.organisations.filter((o) => program.applicants.includes(o))
  for (const applicant of onePerBand(program, applicants)) {
    const terms = termsFor(program, applicant, answers)
    if (terms.quantityMissing) continue
    const parts = terms.parts.flatMap((p) => itemPart(p, terms, blocks, totalCosts) ?? [])
    // The same terms filed by another organisation add nothing.
    const figures: TermsFigures = { min: terms.minAmount, max: terms.maxAmount, parts }
    if (parts.length === 0 || seen.some((other) => sameFigures(other, figures))) continue
    seen.push(figures)
    const mine = parts.flatMap((p) => p.blocks).sort((a, b) => a - b)
    const eligibleCosts = mine.reduce((sum, i) => sum + (blocks[i] as CostBlock).amount, 0)

    let totalCap = totalCosts
    const own = terms.ownShare
    if (own?.capsFunding) {
      // The own share must be the applicant's or its partners' money, so it caps all funding.
      totalCap =
        own.basis === 'project'
          ? percentOf(totalCosts, 100 - own.percent)
          : totalCosts - Math.ceil((eligibleCosts * own.percent) / 100 - 1e-9)
    }
    let cofundingMissing = false
    for (const req of combination.requires) {
      if (req.kind !== 'cofunding') continue
      // Cofunding comes from the own share of a taking-part organisation named in `from`.
      if (!req.from.some((org) => input.organisations.includes(org))) cofundingMissing = true
      if (req.amount !== null) {
        const years = req.perYear ? fundedYears(terms, answers) : 1
        if (years === null) cofundingMissing = true
        else totalCap = Math.min(totalCap, totalCosts - Math.ceil(req.amount * years))
      }
      if (req.percent !== null)
        totalCap = Math.min(totalCap, percentOf(totalCosts, 100 - req.percent))
    }
    if (cofundingMissing) return []

    const byParts = parts.reduce(
      (sum, p) =>
        sum +
        Math.min(
          p.upper,
          p.blockCaps.reduce((a, b) => a + b, 0),
        ),
      0,
    )
    const upper = Math.floor(Math.min(terms.maxAmount ?? NO_CAP, byParts, totalCap))
    // Every application must be worth filing: its own minimum, at least the plan's floor.
    const lower = Math.max(1, input.minApplication ?? 1, Math.ceil(terms.minAmount ?? 0))
    if (lower > upper) continue
    items.push({
      candidate,
      program,
      applicant,
      blocks: mine,
      parts,
      lower,
      upper,
      isPublic: PUBLIC_LEVELS.includes(program.funder.level),
      subsidiary: combination.subsidiary,
      totalCap,
      publicCap,
      blockFundingPercent,
      requires,
      publicFirst: [],
      rateUnknown: terms.rateUnpublished,
      terms,
    })
  }
  return items
}

/**
 * The applicants that give distinct money terms: the first of each band of `money.byApplicant`
 * and the first of those in none. The terms depend on the applicant only through its band, so
 * the others would repeat them (and `termsFor` is the costly part of preparing a programme).
 */
export function onePerBand(program: Program, applicants: readonly string[]): readonly string[] {
  if (applicants.length < 2) return applicants
  const bands = program.money.byApplicant
  // A bit per band (bit 0: no band), as this runs for every programme of every recommendation.
  let taken = 0
  return applicants.filter((applicant) => {
    const bit = 1 << (bands.findIndex((b) => b.applicants.includes(applicant)) + 1)
    if ((taken & bit) !== 0) return false
    taken |= bit
    return true
  })
}

/** What an applicant's terms come to in this project: two equal ones make the same item. */
interface TermsFigures {
  min: number | null
  max: number | null
  parts: ItemPart[]
}

function sameFigures(a: TermsFigures, b: TermsFigures): boolean {
  return (
    a.min === b.min &&
    a.max === b.max &&
    a.parts.length === b.parts.length &&
    a.parts.every((part, i) => samePart(part, b.parts[i]!))
  )
}

function samePart(a: ItemPart, b: ItemPart): boolean {
  return (
    a.upper === b.upper &&
    a.id === b.id &&
    a.capBy === b.capBy &&
    sameNumbers(a.blocks, b.blocks) &&
    sameNumbers(a.blockCaps, b.blockCaps)
  )
}

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i])

/**
 * Drops items whose `requires` can never be met, until nothing changes. The items are this
 * problem's own (fresh from itemsFor), so a requirement met by an offer is dropped in place:
 * a spread copy would give the items a second hidden class, and the search's code, optimised
 * for one, was thrown away when the other appeared.
 */
function pruneRequirements(items: Item[], offers: Set<string>): Item[] {
  for (const item of items)
    if (item.requires.some((group) => group.some((id) => offers.has(id))))
      item.requires = item.requires.filter((group) => !group.some((id) => offers.has(id)))
  let current = items
  for (;;) {
    const ids = new Set(mapped(current, (i) => i.program.id))
    const kept = current.filter((item) =>
      item.requires.every((group) => group.some((id) => ids.has(id))),
    )
    if (kept.length === current.length) return kept
    current = kept
  }
}

export function buildProblem(
  candidates: readonly CandidateProgram[],
  input: ProjectInput,
): Problem {
  const blocks = costBlocks(input.costs)
  const totalCosts = blocks.reduce((sum, b) => sum + b.amount, 0)
  const offers = candidates.filter((c) => c.program.status !== 'closed' && !bringsMoney(c.program))
  const monetary = candidates.filter((c) => c.program.status !== 'closed' && bringsMoney(c.program))
  const raw = monetary.flatMap((c) => itemsFor(c, blocks, totalCosts, input))
  const items = pruneRequirements(raw, new Set(mapped(offers, (o) => o.program.id)))
  // Public money first: a subsidiary programme enters a plan only together with one of the
  // eligible public programmes for its costs (a requirement like any other), never in their
  // place. Asking for one rather than every one keeps the search's bound useful: with "every
  // compatible one" nearly each set with a foundation was invalid yet bounded high, and the
  // search of 200 programmes took hundreds of milliseconds (p95) instead of a few.
  const firstFor = publicFirstByBlocks(items)
  for (const item of items) {
    if (!item.subsidiary) continue
    const first = firstFor(item)
    if (first.length > 0) item.requires = [...item.requires, first]
  }
  // Among equal bounds, programmes documented together with others in this problem come first,
  // so of two plans with the same euros the one practice has shown wins (Weinheim: the Quartier
  // strand of Gut Beraten! beside Quartiersimpulse, not the general one).
  const observed = observedCounts(items)
  items.sort(
    (a, b) =>
      b.upper - a.upper ||
      (observed.get(b.program.id) ?? 0) - (observed.get(a.program.id) ?? 0) ||
      byCodeUnits(a.program.id, b.program.id) ||
      input.organisations.indexOf(a.applicant) - input.organisations.indexOf(b.applicant),
  )
  return { blocks, totalCosts, items, offers, compat: compatibility(items) }
}

/** How many other programmes of the problem each programme is documented together with. */
function observedCounts(items: readonly Item[]): Map<string, number> {
  const ids = new Set(mapped(items, (i) => i.program.id))
  const pairs = new Set<string>()
  for (const item of items)
    for (const other of item.program.combination.observedWith)
      if (other !== item.program.id && ids.has(other))
        pairs.add([item.program.id, other].sort().join(' '))
  const counts = new Map<string, number>()
  for (const pair of pairs)
    for (const id of pair.split(' ')) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

/**
 * Eligible public programmes that fund some of a subsidiary item's blocks: its money may only
 * fill what they leave ("nachrangig"), so a plan must not use it in their place. Worked out once
 * per set of blocks: in a large catalogue many subsidiary items share them.
 */
function publicFirstByBlocks(items: readonly Item[]): (item: Item) => string[] {
  const publicItems = mapped(
    items.filter((i) => !i.subsidiary && i.isPublic && i.candidate.verdict === 'eligible'),
    (i) => ({ id: i.program.id, mask: blockMask(i.blocks) }),
  )
  const known = new Map<number, string[]>()
  return (item) => {
    const mask = blockMask(item.blocks)
    let ids = known.get(mask)
    if (!ids) {
      ids = [
        ...new Set(
          mapped(
            publicItems.filter((p) => (p.mask & mask) !== 0),
            (p) => p.id,
          ),
        ),
      ].sort()
      known.set(mask, ids)
    }
    return ids
  }
}

/** Blocks as a bitmask (a project has at most 20 cost blocks: cost types × phases). */
function blockMask(blocks: readonly number[]): number {
  let mask = 0
  for (const b of blocks) mask |= 1 << b
  return mask
}

function compatibility(items: Item[]): Uint32Array[] {
  const n = items.length
  const words = Math.ceil(n / 32)
  const index = new Map<string, number[]>()
  items.forEach((item, i) => index.set(item.program.id, [...(index.get(item.program.id) ?? []), i]))
  const rows = mapped(items, () => new Uint32Array(words).fill(0xffffffff))
  const clear = (i: number, j: number) => {
    ;(rows[i] as Uint32Array)[j >>> 5]! &= ~(1 << (j & 31))
    ;(rows[j] as Uint32Array)[i >>> 5]! &= ~(1 << (i & 31))
  }
  items.forEach((item, i) => {
    // Bands of one programme exclude each other; exclusions hold whichever side names them.
    for (const j of index.get(item.program.id) ?? []) clear(i, j)
    for (const ex of item.program.combination.excludes)
      for (const j of index.get(ex.program) ?? []) clear(i, j)
  })
  // Bits beyond n stay clear so that set-bit scans end at the last item.
  for (const row of rows) for (let j = n; j < words * 32; j++) row[j >>> 5]! &= ~(1 << (j & 31))
  return rows
}
