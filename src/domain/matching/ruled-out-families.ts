import type { Level } from '../catalogue/schema'
import type { Verdicts } from '../recommend'
import type { CriterionResult } from './eligibility'
import { mapped } from '../mapped'

export interface RuledOutFamily {
  level: Level
  /** The first failed criterion of the family's first programme: the reason to name. */
  failed: CriterionResult | null
}

/**
 * The programme families (funder levels, e.g. foundations and lotteries) in which every running
 * programme is ineligible, in the order of the results: early word that none of them can fit.
 */
export function ruledOutFamilies(verdicts: Verdicts): RuledOutFamily[] {
  const byLevel = new Map<Level, Verdicts['programs']>()
  for (const p of verdicts.programs) {
    if (p.status === 'closed') continue
    byLevel.set(p.level, [...(byLevel.get(p.level) ?? []), p])
  }
  return [...byLevel].flatMap(([level, programs]) => {
    if (!programs.every((p) => p.verdict === 'ineligible')) return []
    const failed = mapped(programs, (p) => p.criteria.find((c) => c.outcome === 'failed')).find(
      (c) => c !== undefined,
    )
    return [{ level, failed: failed ?? null }]
  })
}
