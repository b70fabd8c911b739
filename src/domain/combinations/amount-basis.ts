// Which rule sets each euro of an application: read off the allocation against the item's
// parts and caps, so the plan can say "33 % of 60,000 € construction" or "40,000 € × 2 years".
import type { PerUnitTerms } from '../money/terms'
import type { CostBlock, Item, ItemPart } from './candidates'
import type { AmountBasis, PerUnitBasis } from './types'
import { percentOf } from './percent-of'
import { mapped } from '../mapped'

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** The counted per-unit rules (an informational one is never computed, so never a basis). */
function perUnitBasis(rules: readonly PerUnitTerms[]): PerUnitBasis[] {
  return mapped(
    rules.filter((r) => !r.informational),
    (r) => ({ amount: r.amount, label: r.label, counts: mapped(r.per, (f) => f.count ?? null) }),
  )
}

/** What the whole plan reached: its funding against the tightest caps of its programmes. */
export interface PlanCaps {
  funding: number
  totalCap: number
  publicFunding: number
  publicCap: number
  /** Per block: the share of it a member allows all funding to reach (KfW 432), or null. */
  blockCapPercent: readonly (number | null)[]
  /** Per block: what the plan funds in it, all programmes together. */
  blockFunded: readonly number[]
}

/** Pure: the plan-wide caps `limitOf` compares against, for the items of one plan. */
export function planCaps(
  items: readonly Item[],
  blocks: readonly CostBlock[],
  amounts: readonly (readonly number[])[],
  totals: { funding: number; publicFunding: number; totalCosts: number },
): PlanCaps {
  return {
    funding: totals.funding,
    totalCap: Math.min(totals.totalCosts, ...mapped(items, (i) => i.totalCap)),
    publicFunding: totals.publicFunding,
    publicCap: Math.min(...mapped(items, (i) => i.publicCap)),
    blockCapPercent: mapped(blocks, (_, b) => {
      const caps = items.flatMap((i) =>
        i.blockFundingPercent !== null && i.blocks.includes(b) ? [i.blockFundingPercent] : [],
      )
      return caps.length > 0 ? Math.min(...caps) : null
    }),
    blockFunded: mapped(blocks, (_, b) => sum(mapped(amounts, (row) => row[b] ?? 0))),
  }
}

/** The block of `part` where a member's cap on funding its costs is reached, or -1. */
function cappedBlock(part: ItemPart, blocks: readonly CostBlock[], plan: PlanCaps): number {
  for (const b of part.blocks) {
    const percent = plan.blockCapPercent[b]
    if (percent === null || percent === undefined) continue
    if (plan.blockFunded[b]! >= percentOf(blocks[b]!.amount, percent)) return b
  }
  return -1
}

function limitOf(
  item: Item,
  part: ItemPart,
  amount: number,
  row: readonly number[],
  blocks: readonly CostBlock[],
  plan: PlanCaps,
) {
  const byRate = sum(part.blockCaps)
  const terms = item.terms
  const itemAmount = sum(mapped(item.blocks, (b) => row[b]!))
  if (part.capBy && amount >= part.upper) return part.capBy
  if (part.blocks.every((b, i) => row[b]! >= part.blockCaps[i]!)) return 'rate'
  if (terms?.maxAmount !== null && terms?.maxAmount !== undefined && itemAmount >= terms.maxAmount)
    return terms.maxFrom === 'perUnit' ? 'programmePerUnit' : 'programmeMax'
  if (amount < byRate && cappedBlock(part, blocks, plan) >= 0) return 'fundedCostsCap'
  if (amount < byRate && plan.funding >= plan.totalCap) return 'ownShare'
  if (amount < byRate && item.isPublic && plan.publicFunding >= plan.publicCap) return 'publicCap'
  return 'otherFunding'
}

/** Pure: the basis of each part of `item`'s amount, given its euros per block (`row`). */
export function amountBasis(
  item: Item,
  row: readonly number[],
  blocks: readonly CostBlock[],
  plan: PlanCaps,
): AmountBasis[] {
  return item.parts.flatMap((part) => {
    const amount = sum(mapped(part.blocks, (b) => row[b]!))
    if (amount === 0) return []
    const terms = item.terms?.parts.find((p) => p.id === (part.id ?? 'all'))
    const costs = sum(mapped(part.blocks, (b) => blocks[b]!.amount))
    const ratePercent = terms?.ratePercent ?? null
    const limit = limitOf(item, part, amount, row, blocks, plan)
    const capped = limit === 'fundedCostsCap' ? cappedBlock(part, blocks, plan) : -1
    const cap =
      limit === 'max' || limit === 'perUnit' || limit === 'shareOfTotal'
        ? part.upper
        : limit === 'programmeMax' || limit === 'programmePerUnit'
          ? (item.terms?.maxAmount ?? null)
          : null
    const perUnit =
      limit === 'perUnit'
        ? perUnitBasis(terms?.perUnit ?? [])
        : limit === 'programmePerUnit'
          ? perUnitBasis(item.terms?.perUnit ?? [])
          : []
    return [
      {
        part: part.id ?? 'all',
        amount,
        costs,
        ratePercent,
        limit,
        cap,
        partLabel: terms?.label ?? null,
        shareOfTotalPercent: terms?.maxShareOfTotalPercent ?? null,
        publicCap: plan.publicCap,
        fundedCostsPercent: capped >= 0 ? plan.blockCapPercent[capped]! : null,
        perUnit,
      },
    ]
  })
}
