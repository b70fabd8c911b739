// CSV for spreadsheets: semicolon-separated with decimal commas in German (what Excel expects
// in a German locale), comma-separated in English. Every field is quoted when it must be.
import type { FinancingPlan } from '../combinations/types'
import type { Recommendation } from '../recommend'
import type { Lang } from '../text'

type Cell = string | number | boolean | null

const HEADS = {
  results: {
    de: [
      'Programm-ID',
      'Programm',
      'Ebene',
      'Status',
      'Ergebnis',
      'Offene Fragen',
      'Fristart',
      'Nächste Frist',
      'Frist voraussichtlich',
      'Geprüft am',
    ],
    en: [
      'Programme id',
      'Programme',
      'Level',
      'Status',
      'Verdict',
      'Open questions',
      'Deadline state',
      'Next deadline',
      'Deadline expected',
      'Checked on',
    ],
  },
  plans: {
    de: [
      'Kombination',
      'Programme',
      'Gesamtkosten',
      'Förderung gesamt',
      'Eigenanteil',
      'Eigenanteil %',
      'Programm-ID',
      'Programm',
      'Antragsteller',
      'Betrag',
      'Ergebnis',
      'Nächste Frist',
      'Frist voraussichtlich',
    ],
    en: [
      'Combination',
      'Programmes',
      'Total costs',
      'Total funding',
      'Own share',
      'Own share %',
      'Programme id',
      'Programme',
      'Applicant',
      'Amount',
      'Verdict',
      'Next deadline',
      'Deadline expected',
    ],
  },
} as const

export function resultsCsv(result: Recommendation, lang: Lang): string {
  const rows = result.programs.map((p): Cell[] => [
    p.id,
    p.name,
    p.level,
    p.status,
    p.verdict,
    p.openQuestions.join(' '),
    p.deadline.state,
    p.deadline.next,
    p.deadline.expected,
    p.lastChecked,
  ])
  return toCsv([[...HEADS.results[lang]], ...rows], lang)
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
      a.name,
      a.applicant,
      a.amount,
      a.verdict,
      a.deadline.next,
      a.deadline.expected,
    ]),
  )
  return toCsv([[...HEADS.plans[lang]], ...rows], lang)
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
