// Which facts the catalogue knows for each programme: the basis of the completeness table that
// `npm run catalogue:check` prints. Pure; unknown values are null in the data, never guesses.
import { termsFor, type MoneyTerms } from '../money/terms'
import type { Program } from './schema'
import { LEVELS, PROGRAM_STATUSES, type Level, type ProgramStatus } from './vocabulary'

export const COMPLETENESS_FIELDS = [
  'rate',
  'min',
  'max',
  'ownShare',
  'duration',
  'windows',
  'prerequisites',
  'criteria',
  'sources',
  'combination',
] as const
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number]

export interface CompletenessCell {
  /** False where the field does not apply (money of a non-monetary offer). */
  applicable: boolean
  known: boolean
  /** A short display value, e.g. "60 %", "100000", "2+yearly", "3", "note". Empty when unknown. */
  value: string
}

export interface CompletenessRow {
  id: string
  status: ProgramStatus
  level: Level
  cells: Record<CompletenessField, CompletenessCell>
}

export interface CompletenessReport {
  rows: CompletenessRow[]
  /** Per field: how many programmes know it, out of those where it applies. */
  totals: Record<CompletenessField, { known: number; applicable: number }>
  byStatus: Record<ProgramStatus, number>
  byLevel: Record<Level, number>
  count: number
}

const cell = (known: boolean, value: string, applicable = true): CompletenessCell =>
  applicable
    ? { applicable, known, value: known ? value : '' }
    : { applicable, known: false, value: '' }

const count = (n: number): CompletenessCell => cell(n > 0, String(n))

function rowOf(p: Program): CompletenessRow {
  // Per applicant type: a band for one of them counts as a published minimum or maximum.
  const bands = [null, ...p.applicants].map((applicant) => termsFor(p, applicant, {}))
  const m = bands[0] as MoneyTerms
  const monetary = p.status !== 'nonMonetary' && p.money.form !== 'none'
  const bandMin = bands.some((b) => b.minAmount !== null)
  const bandMax = bands.some(
    (b) =>
      b.maxAmount !== null ||
      b.quantityMissing ||
      b.parts.some((part) => part.maxAmount !== null || part.quantityMissing) ||
      b.openParts.some((part) => part.maxAmount !== null),
  )
  const perUnit = [...m.perUnit, ...m.parts.flatMap((part) => part.perUnit)].length
  // An open part is a share whose rate is not published.
  const rates = [
    ...new Set([...m.parts.map((part) => part.ratePercent), ...m.openParts.map(() => null)]),
  ]
  const rateKnown = rates.every((rate) => rate !== null)
  const { dates, recurrence } = p.windows
  const c = p.combination
  const rules =
    c.excludes.length +
    c.requires.length +
    c.observedWith.length +
    (c.maxPublicRatePercent === null ? 0 : 1) +
    (c.subsidiary ? 1 : 0)
  return {
    id: p.id,
    status: p.status,
    level: p.funder.level,
    cells: {
      // A per-unit amount (e.g. € per place) stands in for a percentage rate.
      rate: cell(
        rateKnown || perUnit > 0,
        rateKnown ? rates.map((rate) => `${rate} %`).join(' / ') : `${perUnit}× per unit`,
        monetary,
      ),
      min: cell(bandMin, String(m.minAmount ?? 'band'), monetary),
      max: cell(
        bandMax,
        String(m.maxAmount ?? (perUnit > 0 ? 'per unit' : 'band/parts')),
        monetary,
      ),
      ownShare: cell(m.ownShare !== null, `${m.ownShare?.percent} %`, monetary),
      duration: cell(p.durationMonths !== null, `${p.durationMonths} mo`),
      windows: cell(
        dates.length > 0 || recurrence !== null,
        `${dates.length}+${recurrence?.kind ?? 'none'}`,
        p.status !== 'nonMonetary',
      ),
      prerequisites: count(p.prerequisites.length),
      criteria: count(p.eligibility.length),
      sources: count(p.sources.length),
      // A note without a rule still tells what is known about cumulation.
      combination: cell(rules > 0 || c.note !== undefined, rules > 0 ? String(rules) : 'note'),
    },
  }
}

export function catalogueCompleteness(programs: readonly Program[]): CompletenessReport {
  const rows = programs.map(rowOf)
  const totals = Object.fromEntries(
    COMPLETENESS_FIELDS.map((f) => [
      f,
      {
        known: rows.filter((r) => r.cells[f].known).length,
        applicable: rows.filter((r) => r.cells[f].applicable).length,
      },
    ]),
  ) as CompletenessReport['totals']
  const tally = <K extends string>(keys: readonly K[], of: (r: CompletenessRow) => K) =>
    Object.fromEntries(keys.map((k) => [k, rows.filter((r) => of(r) === k).length])) as Record<
      K,
      number
    >
  return {
    rows,
    totals,
    byStatus: tally(PROGRAM_STATUSES, (r) => r.status),
    byLevel: tally(LEVELS, (r) => r.level),
    count: rows.length,
  }
}
