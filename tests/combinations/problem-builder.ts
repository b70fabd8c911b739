// Builds search `Problem`s directly from items with money parts, for table and property tests
// that must not depend on how candidates.ts reads the catalogue.
import { programSchema } from '../../src/domain/validation'
import {
  COST_TYPES,
  PHASES,
  type CostBlock,
  type Item,
  type ItemPart,
  type Problem,
} from '../../src/domain/index'
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
