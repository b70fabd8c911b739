// CSV for spreadsheets: semicolon-separated with decimal commas in German (what Excel expects
// in a German locale), comma-separated in English. Every field is quoted when it must be.
import type { FinancingPlan } from '../combinations/types'
import { CSV_HEADS } from '../describe/export-phrases'
import type { Recommendation } from '../recommend'
import type { Lang } from '../text'

type Cell = string | number | boolean | null

export function resultsCsv(result: Recommendation, lang: Lang): string {
  const rows = result.programs.map((p): Cell[] => [
    p.id,
    p.name[lang],
    p.level,
    p.status,
    p.verdict,
    p.openQuestions.join(' '),
    p.deadline.state,
    p.deadline.next,
    p.deadline.expected,
    p.lastChecked,
  ])
  return toCsv([[...CSV_HEADS.results[lang]], ...rows], lang)
}

/**
 * The date the plan's roadmap applies for a programme by, and whether it is projected: the round
 * its money needs, which may lie years after the programme's next deadline.
 */
function applyBy(plan: FinancingPlan, programId: string): Cell[] {
  const step = plan.steps.find((s) => s.programId === programId && s.action.code === 'apply')
  return [step?.date ?? null, step?.expected ?? false]
}

/** One row per application of each plan, with the plan's totals repeated for filtering. */
export function plansCsv(plans: readonly FinancingPlan[], lang: Lang): string {
  const rows = plans.flatMap((plan, index) =>
    plan.applications.map((a): Cell[] => [
      index + 1,
      plan.programs.join(' + '),
      plan.totalCosts,
      plan.totalFunding,
      plan.ownShare,
      plan.ownSharePercent,
      a.programId,
      a.name[lang],
      a.applicant,
      a.amount,
      a.verdict,
      ...applyBy(plan, a.programId),
    ]),
  )
  return toCsv([[...CSV_HEADS.plans[lang]], ...rows], lang)
}

export function toCsv(rows: readonly Cell[][], lang: Lang): string {
  const separator = lang === 'de' ? ';' : ','
  return (
    rows
      .map((row) => row.map((cell) => field(cell, lang, separator)).join(separator))
      .join('\r\n') + '\r\n'
  )
}

function field(cell: Cell, lang: Lang, separator: string): string {
  if (cell === null) return ''
  let text: string
  if (typeof cell === 'number') text = lang === 'de' ? String(cell).replace('.', ',') : String(cell)
  else if (typeof cell === 'boolean')
    text = cell ? (lang === 'de' ? 'ja' : 'yes') : lang === 'de' ? 'nein' : 'no'
  else text = cell
  // A leading = + - @ would run as a formula in a spreadsheet: neutralise it.
  if (/^[=+\-@]/.test(text) && typeof cell === 'string') text = `'${text}`
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text
}
