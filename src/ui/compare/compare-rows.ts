import {
  describeWarning,
  formatDate,
  formatEuro,
  routeName,
  type FinancingPlan,
  type Lang,
} from '../../domain/index'
import type {
  PlanTimeline,
  TimelineYear,
  VerstetigungGap,
} from '../../domain/combinations/verstetigung'

/** One row of the comparison: a display text and a key that says whether two cells differ. */
export interface Cell {
  text: string
  key: string
  /** For amounts: the number, so the difference to the baseline can be shown. */
  amount?: number
  /** For lists: the items, shown as a list rather than one long line. */
  items?: string[]
}

export type RowId =
  | 'programmes'
  | 'rank'
  | 'totalFunding'
  | 'ownShare'
  | 'applications'
  | 'applicants'
  | 'earliest'
  | 'latest'
  | 'prerequisites'
  | 'warnings'
  | 'years'
  | 'gap'
  | 'consolidation'

export interface RowContext {
  lang: Lang
  names: ReadonlyMap<string, string>
  applicantLabel: (value: string) => string
  none: string
  noDeadline: string
  expected: (date: string) => string
  /** The plan over time (years, Verstetigung gap), worked out by the domain. */
  timeline: (plan: FinancingPlan) => PlanTimeline
  gapText: (gap: VerstetigungGap) => string
  noGap: string
  /** One project year in words ("2. Jahr: 42.500 €"); the table supplies it with its texts. */
  yearText?: (year: TimelineYear) => string
  /** Said instead of the years when the project's duration is not answered. */
  noYears?: string
  /**
   * The plan's place in the list of proposals and why it stands there ("Warum vorn: …"), in
   * words; absent, the row says `none`.
   */
  rank?: (plan: FinancingPlan) => string | null
}

const list = (items: string[], none: string): Cell => {
  const unique = [...new Set(items)].sort()
  return { text: unique.length ? unique.join('; ') : none, key: unique.join('|'), items: unique }
}

function deadline(plan: FinancingPlan, pick: 'first' | 'last', ctx: RowContext): Cell {
  const dated = plan.steps
    .filter((s): s is typeof s & { date: string } => s.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date))
  const step = pick === 'first' ? dated[0] : dated[dated.length - 1]
  if (!step) return { text: ctx.noDeadline, key: '' }
  const date = formatDate(step.date, ctx.lang)
  return { text: step.expected ? ctx.expected(date) : date, key: step.date }
}

export const ROWS: Record<RowId, (plan: FinancingPlan, ctx: RowContext) => Cell> = {
  programmes: (p, ctx) =>
    list(
      p.programs.map((id) => ctx.names.get(id) ?? id),
      ctx.none,
    ),
  rank: (p, ctx) => {
    const text = ctx.rank?.(p) ?? ctx.none
    return { text, key: text }
  },
  totalFunding: (p, ctx) => ({
    text: formatEuro(p.totalFunding, ctx.lang),
    key: String(p.totalFunding),
    amount: p.totalFunding,
  }),
  ownShare: (p, ctx) => ({
    text: `${formatEuro(p.ownShare, ctx.lang)} (${p.ownSharePercent.toLocaleString(ctx.lang, { maximumFractionDigits: 1 })} %)`,
    key: String(p.ownShare),
    amount: p.ownShare,
  }),
  applications: (p) => ({
    text: String(p.applications.length),
    key: String(p.applications.length),
  }),
  applicants: (p, ctx) =>
    list(
      p.applications.map((a) => ctx.applicantLabel(a.applicant)),
      ctx.none,
    ),
  earliest: (p, ctx) => deadline(p, 'first', ctx),
  latest: (p, ctx) => deadline(p, 'last', ctx),
  prerequisites: (p, ctx) =>
    list(
      p.applications.flatMap((a) => a.prerequisites.map((text) => text[ctx.lang])),
      ctx.none,
    ),
  warnings: (p, ctx) =>
    list(
      p.warnings.map((w) => describeWarning(w, ctx.lang)),
      ctx.none,
    ),
  // The plan over time, year by year in project order (not sorted like the other lists).
  years: (p, ctx) => {
    const years = ctx.timeline(p).years
    const items = years.map((y) => ctx.yearText?.(y) ?? String(y.year))
    return {
      text: items.length > 0 ? items.join('; ') : (ctx.noYears ?? ctx.none),
      key: JSON.stringify(years.map((y) => [y.status, y.funders])),
      items,
    }
  },
  gap: (p, ctx) => {
    const gap = ctx.timeline(p).gap
    if (!gap) return { text: ctx.noGap, key: '', amount: 0 }
    return {
      text: ctx.gapText(gap),
      key: JSON.stringify([gap.years, gap.unfundedConsolidation]),
      amount: gap.unfundedConsolidation,
    }
  },
  consolidation: (p, ctx) =>
    list(ctx.timeline(p).gap?.routes.map((r) => routeName(r, ctx.lang)) ?? [], ctx.noGap),
}

export const ROW_IDS = Object.keys(ROWS) as RowId[]
