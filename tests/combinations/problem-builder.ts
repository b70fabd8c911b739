// Builds search `Problem`s directly from items with money parts, for table and property tests
// that must not depend on how candidates.ts reads the catalogue.
import { programSchema } from '../../src/domain/validation'
import { COST_TYPES, PHASES } from '../../src/domain/index'
import { type SetEvaluation } from '../../src/domain/combinations/allocate'
import {
  type CostBlock,
  type Item,
  type ItemPart,
  type Problem,
} from '../../src/domain/combinations/candidates'
import { makeProgram } from '../fixtures/make-program'

export const NO_CAP = Number.MAX_SAFE_INTEGER

export interface PartSpec {
  blocks: number[]
  /** Euros the part may fund in each of its blocks, aligned with `blocks`. */
  caps: number[]
  upper?: number
}

export interface ItemSpec {
  id: string
  parts: PartSpec[]
  lower?: number
  /** Defaults to what the parts allow: Σ min(part cap, Σ block caps). */
  upper?: number
  isPublic?: boolean
  subsidiary?: boolean
  totalCap?: number
  publicCap?: number
  /** A cap on all funding in each of its blocks, as a share of the block (KfW 432's 85 %). */
  blockFundingPercent?: number
  requires?: string[][]
  publicFirst?: string[]
  /** Programme ids this one cannot be combined with (either side suffices). */
  excludes?: string[]
  applicant?: string
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)

/** What the parts allow at most, before the item's own upper bound. */
export function partsLimit(parts: readonly PartSpec[]): number {
  return sum(parts.map((p) => Math.min(p.upper ?? NO_CAP, sum(p.caps))))
}

/**
 * Block i gets cost `costs[i]`; items keep the order the search expects (upper bound
 * descending, then id), and compat follows the same rules as candidates.ts: two items are
 * compatible unless they share a programme or one excludes the other.
 */
export function problemOf(costs: readonly number[], specs: readonly ItemSpec[]): Problem {
  const blocks: CostBlock[] = costs.map((amount, i) => ({
    costType: COST_TYPES[i % COST_TYPES.length]!,
    phase: PHASES[Math.floor(i / COST_TYPES.length)]!,
    amount,
  }))
  const totalCosts = sum(costs)
  const items: Item[] = specs.map((spec) => itemOf(spec, totalCosts))
  items.sort((a, b) => b.upper - a.upper || a.program.id.localeCompare(b.program.id))
  return { blocks, totalCosts, items, offers: [], compat: compatibility(items) }
}

function itemOf(spec: ItemSpec, totalCosts: number): Item {
  const parts: ItemPart[] = spec.parts.map((p) => {
    const order = p.blocks.map((b, i) => i).sort((a, b) => p.blocks[a]! - p.blocks[b]!)
    return {
      blocks: order.map((i) => p.blocks[i]!),
      blockCaps: order.map((i) => p.caps[i]!),
      upper: p.upper ?? NO_CAP,
    }
  })
  const program = programSchema.parse(
    makeProgram({
      id: spec.id,
      combination: {
        maxPublicRatePercent: null,
        subsidiary: spec.subsidiary ?? false,
        excludes: (spec.excludes ?? []).map((program) => ({ program, basis: 'explicit' })),
      },
    }),
  )
  return {
    candidate: { program, verdict: 'eligible', openQuestions: [] },
    program,
    applicant: spec.applicant ?? 'municipality',
    blocks: parts.flatMap((p) => p.blocks).sort((a, b) => a - b),
    parts,
    lower: spec.lower ?? 1,
    upper: spec.upper ?? partsLimit(spec.parts),
    isPublic: spec.isPublic ?? true,
    subsidiary: spec.subsidiary ?? false,
    totalCap: spec.totalCap ?? totalCosts,
    publicCap: spec.publicCap ?? NO_CAP,
    blockFundingPercent: spec.blockFundingPercent ?? null,
    requires: spec.requires ?? [],
    publicFirst: spec.publicFirst ?? [],
    rateUnknown: false,
  }
}

function compatibility(items: readonly Item[]): Uint32Array[] {
  const words = Math.ceil(items.length / 32)
  const conflict = (a: Item, b: Item) =>
    a.program.id === b.program.id ||
    a.program.combination.excludes.some((e) => e.program === b.program.id) ||
    b.program.combination.excludes.some((e) => e.program === a.program.id)
  return items.map((a) => {
    const row = new Uint32Array(words)
    items.forEach((b, j) => {
      if (!conflict(a, b)) row[j >>> 5]! |= 1 << (j & 31)
    })
    return row
  })
}

export interface RandomShape {
  items: number
  blocks: number
  /** Largest block cost. */
  cost: number
}

/**
 * A random problem with multi-part items: per-block rate caps, part caps, loose or tight item
 * upper bounds, minimums, total and public caps, exclusions, requirements, subsidiary items
 * with public programmes that come first, and now and then two bands of one programme.
 */
export function randomProblem(r: () => number, shape: RandomShape): Problem {
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1))
  const chance = (p: number) => r() < p
  const costs = Array.from({ length: int(1, shape.blocks) }, () => int(1, shape.cost))
  const total = sum(costs)
  const count = int(1, shape.items)
  const ids = Array.from({ length: count }, (_, i) =>
    i > 0 && chance(0.1) ? `p${i - 1}` : `p${i}`,
  )
  const programmes = [...new Set(ids)]
  const publicId = new Map(programmes.map((id) => [id, chance(0.6)]))
  const subsidiaryId = new Map(programmes.map((id) => [id, chance(0.3)]))
  const excludesId = new Map(
    programmes.map((id) => [id, programmes.filter((other) => other !== id && chance(0.12))]),
  )
  const specs = ids.map((id, i): ItemSpec => {
    const parts = randomParts(costs, int, chance)
    const limit = partsLimit(parts)
    const upper = chance(0.3) ? int(1, limit) : chance(0.2) ? limit + int(1, 50) : limit
    const eligiblePublic = programmes.filter(
      (other) => other !== id && publicId.get(other) && !subsidiaryId.get(other),
    )
    return {
      id,
      applicant: `org${i}`,
      parts,
      upper,
      lower: chance(0.25) ? int(1, Math.max(1, Math.min(upper, limit))) : 1,
      isPublic: publicId.get(id)!,
      subsidiary: subsidiaryId.get(id)!,
      totalCap: chance(0.15) ? int(1, total) : total,
      publicCap: chance(0.2) ? int(1, total) : NO_CAP,
      ...(chance(0.15) ? { blockFundingPercent: int(50, 95) } : {}),
      requires: chance(0.1) ? [[programmes[int(0, programmes.length - 1)]!]] : [],
      publicFirst:
        subsidiaryId.get(id) && chance(0.6) ? eligiblePublic.filter(() => chance(0.5)) : [],
      excludes: excludesId.get(id)!,
    }
  })
  return problemOf(costs, specs)
}

function randomParts(
  costs: readonly number[],
  int: (min: number, max: number) => number,
  chance: (p: number) => boolean,
): PartSpec[] {
  let blocks = costs.map((_, b) => b).filter(() => chance(0.6))
  if (blocks.length === 0) blocks = [int(0, costs.length - 1)]
  const parts: PartSpec[] = Array.from({ length: int(1, Math.min(3, blocks.length)) }, () => ({
    blocks: [],
    caps: [],
  }))
  blocks.forEach((b, i) => {
    // Every part gets a block first; the rest go anywhere.
    const part = parts[i < parts.length ? i : int(0, parts.length - 1)]!
    part.blocks.push(b)
    part.caps.push(chance(0.4) ? costs[b]! : int(1, costs[b]!))
  })
  for (const part of parts) if (chance(0.5)) part.upper = int(1, sum(part.caps))
  return parts
}

/**
 * What a set may fund in each block: its cost, or less where a member caps the funding of its
 * blocks (written out from the rule, not taken from the engine).
 */
export function blockRoom(problem: Problem, set: readonly number[]): number[] {
  return problem.blocks.map((block, b) =>
    Math.min(
      block.amount,
      ...set
        .map((i) => problem.items[i]!)
        .flatMap((item) =>
          item.blockFundingPercent !== null && item.blocks.includes(b)
            ? [Math.floor((block.amount * item.blockFundingPercent) / 100 + 1e-9)]
            : [],
        ),
    ),
  )
}

/** Every cap an allocation must keep, checked on its amounts: the broken ones, named. */
export function capViolations(problem: Problem, set: number[], evaluation: SetEvaluation) {
  const out: string[] = []
  set.forEach((index, k) => {
    const item = problem.items[index]!
    const x = evaluation.amounts[k]!
    const name = item.program.id
    x.forEach((amount, b) => {
      if (amount < 0 || !Number.isInteger(amount)) out.push(`${name} block ${b}: ${amount}`)
      if (amount > 0 && !item.blocks.includes(b)) out.push(`${name} funds block ${b}`)
    })
    item.parts.forEach((part, p) => {
      part.blocks.forEach((b, at) => {
        if (x[b]! > part.blockCaps[at]!) out.push(`${name} above its cap in block ${b}`)
      })
      if (sum(part.blocks.map((b) => x[b]!)) > part.upper) out.push(`${name} part ${p} above cap`)
    })
    const got = sum(x)
    if (got < item.lower || got > item.upper) out.push(`${name} gets ${got}`)
  })
  const room = blockRoom(problem, set)
  problem.blocks.forEach((_, b) => {
    if (sum(evaluation.amounts.map((x) => x[b]!)) > room[b]!) out.push(`block ${b} overfunded`)
  })
  const funding = sum(evaluation.amounts.map(sum))
  if (funding !== evaluation.funding) out.push(`amounts ${funding} ≠ funding ${evaluation.funding}`)
  const items = set.map((i) => problem.items[i]!)
  if (funding > Math.min(problem.totalCosts, ...items.map((i) => i.totalCap)))
    out.push('total cap exceeded')
  const pub = sum(evaluation.amounts.map((x, k) => (items[k]!.isPublic ? sum(x) : 0)))
  if (pub !== evaluation.publicFunding) out.push('public funding does not add up')
  if (pub > Math.min(NO_CAP, ...items.map((i) => i.publicCap))) out.push('public cap exceeded')
  return out
}
