// Independent references for the engine: exhaustive subset search, exhaustive integer allocation,
// and a plan checker that reads the programme data directly, not the engine's items.
import { PUBLIC_LEVELS } from '../../src/domain/catalogue/vocabulary'
import { lacksRequiredCosts, termsFor } from '../../src/domain/money/terms'
import { type FinancingPlan } from '../../src/domain/index'
import { Allocator } from '../../src/domain/combinations/allocate'
import { costBlocks, type Problem } from '../../src/domain/combinations/candidates'
import { type CombinationInput } from '../../src/domain/combinations/combine'
import { compareFound, scoreSet, Scorer, type Found } from '../../src/domain/combinations/search'
import { blockRoom } from './problem-builder'

const conflicts = (problem: Problem, i: number, j: number) => {
  const a = problem.items[i]!.program
  const b = problem.items[j]!.program
  return (
    a.id === b.id ||
    a.combination.excludes.some((e) => e.program === b.id) ||
    b.combination.excludes.some((e) => e.program === a.id)
  )
}

/**
 * Visits every one of the 2^n subsets in Gray-code order (one programme in or out per step, so
 * size and conflict count update in O(1)); the conflict-free ones up to maxSize are scored with
 * the engine's own validity rules and sorted.
 */
export function bruteForce(
  problem: Problem,
  k: number,
  maxSize: number,
  gain?: (funding: number) => number,
) {
  const n = problem.items.length
  if (n > 30) throw new Error(`brute force over 2^${n} subsets is not a test oracle`)
  const scorer = new Scorer(new Allocator(problem), gain)
  const all: Found[] = []
  const clash = problem.items.map((_, i) =>
    problem.items.reduce(
      (mask, _item, j) => (conflicts(problem, i, j) ? mask | (1 << j) : mask),
      0,
    ),
  )
  let mask = 0
  let size = 0
  let clashes = 0
  for (let step = 1; step < 2 ** n; step++) {
    // Gray code: the bit that flips is the lowest set bit of the step number.
    const i = 31 - Math.clz32(step & -step)
    const bit = 1 << i
    const others = popcount(clash[i]! & mask & ~bit)
    if (mask & bit) {
      mask &= ~bit
      size--
      clashes -= others
    } else {
      mask |= bit
      size++
      clashes += others
    }
    if (size > maxSize || clashes > 0) continue
    const set: number[] = []
    for (let j = 0; j < n; j++) if (mask & (1 << j)) set.push(j)
    const found = scoreSet(scorer, set)
    if (found) all.push(found)
  }
  all.sort(compareFound)
  const bestBySize = new Map<number, Found>()
  for (const f of all) if (!bestBySize.has(f.set.length)) bestBySize.set(f.set.length, f)
  const pareto: Found[] = []
  for (const size of [...bestBySize.keys()].sort((a, b) => a - b)) {
    const f = bestBySize.get(size)!
    if (f.funding > (pareto.at(-1)?.funding ?? 0)) pareto.push(f)
  }
  return { top: all.slice(0, k), pareto }
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}

/** Violations of the combination rules in one plan, read from the programme data. */
export function planViolations(plan: FinancingPlan, input: CombinationInput): string[] {
  const out: string[] = []
  const byId = new Map(input.candidates.map((c) => [c.program.id, c.program]))
  const programs = plan.programs.map((id) => byId.get(id)!)
  const total = costBlocks(input.costs).reduce((s, b) => s + b.amount, 0)
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)
  if (plan.totalCosts !== total) out.push(`total costs ${plan.totalCosts} ≠ ${total}`)
  if (plan.totalFunding + plan.ownShare !== plan.totalCosts) out.push('funding + own share ≠ costs')
  if (sum(plan.allocations.map((a) => a.amount)) !== plan.totalFunding)
    out.push('allocations do not add up to the funding')
  if (sum(plan.applications.map((a) => a.amount)) !== plan.totalFunding)
    out.push('applications do not add up to the funding')
  if (plan.totalFunding > plan.totalCosts) out.push('funding exceeds costs')
  for (const a of programs)
    for (const b of programs)
      if (a.combination.excludes.some((e) => e.program === b.id))
        out.push(`${a.id} excludes ${b.id}`)
  for (const p of programs) {
    for (const req of p.combination.requires) {
      // An eligible offer without money (advice, network) meets a requirement as a roadmap step.
      const inPlan = (id: string) =>
        plan.programs.includes(id) || plan.steps.some((s) => s.programId === id)
      if (req.kind === 'program' && !req.anyOf.some(inPlan))
        out.push(`${p.id} requires one of ${req.anyOf.join(',')}`)
      if (req.kind === 'cofunding') {
        if (!req.from.some((o) => input.organisations.includes(o)))
          out.push(`${p.id} cofunding absent`)
        if (req.amount !== null && plan.ownShare < req.amount) out.push(`${p.id} cofunding short`)
      }
    }
    const maxPublic = p.combination.maxPublicRatePercent
    if (maxPublic !== null && p.combination.publicRateOf === 'project') {
      if (plan.publicFunding * 100 > maxPublic * total + 1e-6)
        out.push(`${p.id} public cap exceeded`)
    } else if (maxPublic !== null) {
      // The cap is on the costs this programme funds: per cost block it pays into, all public
      // money together stays within the share.
      const costOf = (key: string) => {
        const [costType, phase] = key.split('/') as [string, string]
        return (input.costs as Record<string, Record<string, number>>)[costType]?.[phase] ?? 0
      }
      const publicIn = new Map<string, number>()
      for (const a of plan.allocations) {
        if (!PUBLIC_LEVELS.includes(byId.get(a.programId)!.funder.level)) continue
        const key = `${a.costType}/${a.phase}`
        publicIn.set(key, (publicIn.get(key) ?? 0) + a.amount)
      }
      for (const a of plan.allocations.filter((a) => a.programId === p.id)) {
        const key = `${a.costType}/${a.phase}`
        if ((publicIn.get(key) ?? 0) * 100 > maxPublic * costOf(key) + 1e-6)
          out.push(`${p.id} public cap on its costs exceeded in ${key}`)
      }
    }
  }
  // No euro twice: per cost block, all programmes together stay within the cost.
  const perBlock = new Map<string, number>()
  for (const a of plan.allocations) {
    const key = `${a.costType}/${a.phase}`
    perBlock.set(key, (perBlock.get(key) ?? 0) + a.amount)
    const p = byId.get(a.programId)!
    if (!p.costTypes.includes(a.costType) || !p.phases.includes(a.phase))
      out.push(`${p.id} funds ${key} outside its cost types or phases`)
    if (a.amount <= 0) out.push(`${p.id} has an empty allocation`)
  }
  for (const [key, amount] of perBlock) {
    const [costType, phase] = key.split('/') as [string, string]
    const cost = Math.round(
      (input.costs as Record<string, Record<string, number>>)[costType]?.[phase] ?? 0,
    )
    if (amount > cost) out.push(`block ${key} funded ${amount} > ${cost}`)
  }
  for (const app of plan.applications) {
    const p = byId.get(app.programId)!
    if (!p.applicants.includes(app.applicant) || !input.organisations.includes(app.applicant))
      out.push(`${p.id} filed by ${app.applicant}`)
    // The money terms as the one module reads them, checked against what the plan pays.
    const terms = termsFor(p, app.applicant, input.answers ?? {})
    if (terms.quantityMissing) out.push(`${p.id} planned without its per-unit count`)
    if (terms.maxAmount !== null && app.amount > terms.maxAmount)
      out.push(`${p.id} above its maximum`)
    if (terms.minAmount !== null && app.amount < terms.minAmount)
      out.push(`${p.id} below its minimum`)
    const mine = plan.allocations.filter((a) => a.programId === p.id)
    const blocks = costBlocks(input.costs)
    const costOf = (a: { costType: string; phase: string }) =>
      blocks.find((b) => b.costType === a.costType && b.phase === a.phase)?.amount ?? 0
    for (const part of terms.parts) {
      const inPart = mine.filter(
        (a) => part.costTypes.includes(a.costType) && part.phases.includes(a.phase),
      )
      if (inPart.some((a) => a.amount > 0) && lacksRequiredCosts(part, blocks))
        out.push(`${p.id} part ${part.id} without the costs it requires`)
      const paid = sum(inPart.map((a) => a.amount))
      if (part.maxAmount !== null && paid > part.maxAmount)
        out.push(`${p.id} part ${part.id} above its cap`)
      if (part.ratePercent !== null)
        for (const a of inPart)
          if (a.amount * 100 > part.ratePercent * costOf(a) + 1e-6)
            out.push(`${p.id} part ${part.id} above its rate in ${a.costType}/${a.phase}`)
      if (part.maxShareOfTotalPercent !== null) {
        const eligible = (total * part.maxShareOfTotalPercent) / 100
        if (paid * 100 > (part.ratePercent ?? 100) * eligible + 100)
          out.push(`${p.id} part ${part.id} above its share of the total costs`)
      }
    }
    const own = terms.ownShare
    if (own?.capsFunding) {
      const base =
        own.basis === 'project'
          ? total
          : sum(
              blocks
                .filter((b) =>
                  terms.parts.some(
                    (t) => t.costTypes.includes(b.costType) && t.phases.includes(b.phase),
                  ),
                )
                .map((b) => b.amount),
            )
      if (plan.ownShare * 100 < own.percent * base - 100)
        out.push(`${p.id} own share below ${own.percent} %`)
    }
  }
  const publicSum = sum(plan.applications.filter((a) => a.isPublic).map((a) => a.amount))
  if (publicSum !== plan.publicFunding) out.push('public funding does not add up')
  return out
}

/**
 * Exhaustive integer allocation for tiny problems: the lexicographic best of (money from
 * non-subsidiary programmes, total money) over every integer assignment, or null if none is valid.
 * Each cell is one item's money in one block, at most that part's cap for the block.
 */
export function bruteAllocate(problem: Problem, set: number[]) {
  const items = set.map((i) => problem.items[i]!)
  const cells = items.flatMap((item, k) =>
    item.parts.flatMap((part, p) =>
      part.blocks.map((b, at) => ({ k, p, b, cap: part.blockCaps[at]! })),
    ),
  )
  const totalCap = Math.min(problem.totalCosts, ...items.map((i) => i.totalCap))
  const publicCap = Math.min(Number.MAX_SAFE_INTEGER, ...items.map((i) => i.publicCap))
  const room = blockRoom(problem, set)
  const x = new Array<number>(cells.length).fill(0)
  const states: { primary: number; total: number; primaryOnly: boolean; allMins: boolean }[] = []
  const rec = (c: number) => {
    if (c === cells.length) {
      const got = items.map((_, k) =>
        cells.reduce((s, cell, i) => s + (cell.k === k ? x[i]! : 0), 0),
      )
      const total = got.reduce((s, g) => s + g, 0)
      const pub = got.reduce((s, g, k) => s + (items[k]!.isPublic ? g : 0), 0)
      if (total > totalCap || pub > publicCap) return
      if (got.some((g, k) => g > items[k]!.upper)) return
      const overPart = items.some((item, k) =>
        item.parts.some(
          (part, p) =>
            cells.reduce((s, cell, i) => s + (cell.k === k && cell.p === p ? x[i]! : 0), 0) >
            part.upper,
        ),
      )
      if (overPart) return
      for (let b = 0; b < problem.blocks.length; b++) {
        const used = cells.reduce((s, cell, i) => s + (cell.b === b ? x[i]! : 0), 0)
        if (used > room[b]!) return
      }
      if (got.some((g, k) => !items[k]!.subsidiary && g < items[k]!.lower)) return
      states.push({
        primary: got.reduce((s, g, k) => s + (items[k]!.subsidiary ? 0 : g), 0),
        total,
        primaryOnly: got.every((g, k) => !items[k]!.subsidiary || g === 0),
        allMins: got.every((g, k) => g >= items[k]!.lower),
      })
      return
    }
    const cell = cells[c]!
    const limit = Math.min(cell.cap, items[cell.k]!.upper)
    for (let v = 0; v <= limit; v++) {
      x[c] = v
      rec(c + 1)
    }
    x[c] = 0
  }
  rec(0)
  // Subsidiarity: the primary programmes first take all they can (their minimums kept, the
  // subsidiary ones at zero), then the subsidiary ones must fit their minimums in what is left.
  const primaryOnly = states.filter((s) => s.primaryOnly)
  if (primaryOnly.length === 0) return null
  const bestPrimary = Math.max(...primaryOnly.map((s) => s.primary))
  const valid = states.filter((s) => s.primary === bestPrimary && s.allMins)
  if (valid.length === 0) return null
  return { primary: bestPrimary, total: Math.max(...valid.map((s) => s.total)) }
}
