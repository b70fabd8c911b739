// Which rule sets each euro of an application: read off the allocation against the item's
// parts and caps, so the plan can say "33 % of 60,000 € construction" or "40,000 € × 2 years".
import type { PerUnitTerms } from '../money/terms'
import type { CostBlock, Item, ItemPart } from './candidates'
import type { AmountBasis, PerUnitBasis } from './types'

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** The counted per-unit rules (an informational one is never computed, so never a basis). */
function perUnitBasis(rules: readonly PerUnitTerms[]): PerUnitBasis[] {
  return rules
    .filter((r) => !r.informational)
    .map((r) => ({ amount: r.amount, label: r.label, counts: r.per.map((f) => f.count ?? null) }))
}

/** What the whole plan reached: its funding against the tightest caps of its programmes. */
export interface PlanCaps {
  funding: number
  totalCap: number
  publicFunding: number
  publicCap: number
}

function limitOf(
  item: Item,
  part: ItemPart,
  amount: number,
  row: readonly number[],
  plan: PlanCaps,
) {
  const byRate = sum(part.blockCaps)
  const terms = item.terms
  const itemAmount = sum(item.blocks.map((b) => row[b]!))
  if (part.capBy && amount >= part.upper) return part.capBy
  if (part.blocks.every((b, i) => row[b]! >= part.blockCaps[i]!)) return 'rate'
  if (terms?.maxAmount !== null && terms?.maxAmount !== undefined && itemAmount >= terms.maxAmount)
    return terms.maxFrom === 'perUnit' ? 'programmePerUnit' : 'programmeMax'
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
    const amount = sum(part.blocks.map((b) => row[b]!))
    if (amount === 0) return []
    const terms = item.terms?.parts.find((p) => p.id === (part.id ?? 'all'))
    const costs = sum(part.blocks.map((b) => blocks[b]!.amount))
    const ratePercent = terms?.ratePercent ?? null
    const limit = limitOf(item, part, amount, row, plan)
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
        perUnit,
      },
    ]
  })
}
