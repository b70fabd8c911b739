// Seeded random catalogues and projects for property tests and the benchmark.
import { programSchema } from '../../src/domain/validation'
import {
  COST_TYPES,
  PHASES,
  type CostMatrix,
  type Level,
  type Program,
} from '../../src/domain/index'
import { type CandidateProgram } from '../../src/domain/combinations/candidates'
import { type CombinationInput } from '../../src/domain/combinations/combine'
import { makeProgram } from '../fixtures/make-program'

/** mulberry32: small, fast and good enough to make test catalogues reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface CatalogueShape {
  programs: number
  /** Euro scale of costs and maxima: 1 gives tiny numbers for exhaustive oracles. */
  scale: number
  /** Share of programmes that are eligible or open candidates (the rest are dropped). */
  candidateShare: number
}

const ORGS = ['municipality', 'registeredAssociation', 'district', 'initiative'] as const
const LEVELS: Level[] = ['eu', 'bund', 'land', 'land', 'kommune', 'stiftung']
const RATES = [null, 10, 25, 40, 50, 60, 75, 80, 90, 100]

export function randomCombinationInput(seed: number, shape: CatalogueShape): CombinationInput {
  const r = rng(seed)
  // Money parts, per-unit amounts, conditional rates and own-share sources draw from a stream
  // of their own, so the catalogues the older properties were tuned on stay the same.
  const r2 = rng(seed ^ 0x5bd1e995)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T
  const subset = <T>(list: readonly T[], p: number): T[] => {
    const out = list.filter(() => r() < p)
    return out.length > 0 ? out : [pick(list)]
  }
  const costs: CostMatrix = {}
  const projectPhases = subset(PHASES, 0.5)
  for (const costType of subset(COST_TYPES, 0.6)) {
    for (const phase of projectPhases) {
      if (r() < 0.7) (costs[costType] ??= {})[phase] = Math.round((1 + r() * 19) * shape.scale)
    }
  }
  const organisations = ['municipality', ...ORGS.slice(1).filter(() => r() < 0.5)]
  const ids = Array.from({ length: shape.programs }, (_, i) => `p${String(i).padStart(4, '0')}`)
  const families = Math.max(1, Math.floor(shape.programs / 4))
  const family = ids.map(() => Math.floor(r() * families))
  const randomPartners = Math.min(8, Math.max(1, Math.floor(shape.programs * 0.05)))
  const excludes = ids.map(() => new Set<string>())
  ids.forEach((id, i) => {
    ids.forEach((other, j) => {
      if (j > i && family[i] === family[j] && r() < 0.5) {
        excludes[i]!.add(other)
        excludes[j]!.add(id)
      }
    })
    for (let n = 0; n < randomPartners && r() < 0.3; n++) {
      const j = Math.floor(r() * ids.length)
      if (j === i) continue
      excludes[i]!.add(ids[j]!)
      excludes[j]!.add(id)
    }
  })
  const candidates: CandidateProgram[] = []
  ids.forEach((id, i) => {
    const program = randomProgram(id, i, ids, excludes[i]!, r, pick, subset, shape.scale, r2)
    if (r() >= shape.candidateShare) return
    const open = r() < 0.15
    candidates.push({
      program,
      verdict: open ? 'open' : 'eligible',
      openQuestions: open ? ['population'] : [],
    })
  })
  return {
    candidates,
    organisations,
    costs,
    ownFunds: Math.round(r() * 40 * shape.scale),
    plannedStart: '2027-03-01',
    answers: { projectYears: 1 + Math.floor(r2() * 3), financiallyWeak: r2() < 0.5 },
    phases: projectPhases,
    today: '2026-11-25',
  }
}

function randomProgram(
  id: string,
  index: number,
  ids: string[],
  excludes: Set<string>,
  r: () => number,
  pick: <T>(list: readonly T[]) => T,
  subset: <T>(list: readonly T[], p: number) => T[],
  scale: number,
  r2: () => number,
): Program {
  const level = pick(LEVELS)
  const maxAmount =
    r() < 0.15 ? null : Math.round(Math.exp(Math.log(2) + r() * Math.log(40)) * scale)
  const minAmount = r() < 0.2 ? Math.round(r() * 6 * scale) : null
  const band =
    r() < 0.15
      ? [{ applicants: ['district'], minAmount: null, maxAmount: Math.round(60 * scale * r()) }]
      : []
  const requiresProgram =
    r() < 0.08 && ids.length > 1
      ? [
          {
            kind: 'program' as const,
            anyOf: [pick(ids), pick(ids)].filter((x) => x !== id),
            basis: 'explicit' as const,
            note: { de: 'x', en: 'x' },
          },
        ]
      : []
  const requiresCofunding =
    r() < 0.06
      ? [
          {
            kind: 'cofunding' as const,
            amount: Math.round(r() * 5 * scale),
            percent: null,
            from: [pick(ORGS)],
            basis: 'explicit' as const,
            note: { de: 'x', en: 'x' },
          },
        ]
      : []
  const input = makeProgram({
    id,
    funder: { name: `Funder ${index}`, level },
    status: r() < 0.05 ? 'nonMonetary' : r() < 0.5 ? 'rolling' : 'call',
    applicants: subset(ORGS, 0.5),
    phases: subset(PHASES, 0.45),
    costTypes: subset(COST_TYPES, 0.5),
    money: {
      form: 'grant',
      ratePercent: pick(RATES),
      minAmount,
      maxAmount,
      perUnit: [],
      minOwnSharePercent: r() < 0.2 ? pick([10, 20, 25]) : null,
      byApplicant: band,
    },
    windows: {
      dates: r() < 0.3 ? [{ opens: null, closes: '2027-01-31' }] : [],
      recurrence: r() < 0.5 ? { kind: 'rolling' } : { kind: 'yearly', deadlines: ['03-15'] },
    },
    combination: {
      excludes: [...excludes].map((program) => ({ program, basis: 'explicit' })),
      requires: [...requiresProgram.filter((q) => q.anyOf.length > 0), ...requiresCofunding],
      maxPublicRatePercent: r() < 0.1 ? pick([80, 85, 90]) : null,
      subsidiary: level === 'stiftung' ? r() < 0.5 : r() < 0.05,
    },
    lastChecked: r() < 0.2 ? '2025-06-01' : '2026-06-01',
  })
  const maxPublic = input.combination?.maxPublicRatePercent ?? null
  return programSchema.parse({
    ...input,
    money: { ...input.money, ...richMoney(input, r2, scale) },
    // 85 % is a cap on the costs the programme funds, as KfW 432's: read off the draw above,
    // not a new one, so the seeds keep their catalogues.
    combination: {
      ...input.combination,
      publicRateOf: maxPublic === 85 ? 'fundedCosts' : 'project',
    },
  })
}

const label = { de: 'Teil', en: 'part' }

/** The richer money terms: parts with their own rate and caps, per-year amounts, variants. */
function richMoney(input: ReturnType<typeof makeProgram>, r: () => number, scale: number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T
  const costTypes = input.costTypes ?? []
  const half = Math.ceil(costTypes.length / 2)
  const parts =
    costTypes.length > 1 && r() < 0.3
      ? [
          { id: 'first', label, costTypes: costTypes.slice(0, half) },
          {
            id: 'second',
            label,
            costTypes: costTypes.slice(half),
            ratePercent: pick(RATES),
            maxAmount: r() < 0.5 ? Math.round((1 + r() * 20) * scale) : null,
            maxShareOfTotalPercent: r() < 0.3 ? pick([10, 20, 50]) : null,
          },
        ]
      : []
  const perUnit =
    r() < 0.1
      ? [
          {
            amount: Math.max(1, Math.round(r() * 8 * scale)),
            per: [{ unit: 'year' as const, ...(r() < 0.5 ? { max: 2 } : {}) }],
            label,
          },
        ]
      : []
  const variants =
    r() < 0.1
      ? [
          {
            when: { '===': [{ var: 'financiallyWeak' }, true] },
            label,
            ratePercent: pick([60, 90, 100]),
          },
        ]
      : []
  return {
    parts,
    perUnit,
    variants,
    ownShareFrom: r() < 0.3 ? (['applicant', 'otherPublic'] as const) : undefined,
    ownShareBasis: r() < 0.3 ? ('programmeCosts' as const) : undefined,
  }
}
