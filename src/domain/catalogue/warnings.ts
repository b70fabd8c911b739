// Signs of ageing data that do not break the catalogue but must be looked at. Pure: `today` is
// passed in by the caller (the check script), so the result never depends on the clock.
import { deadlineStatus } from '../deadlines/deadline-status'
import type { Program } from './schema'
import { mapped } from '../mapped'

export interface CatalogueWarning {
  id: string
  path: string
  message: string
}

/** Data older than this many months is flagged as stale. */
export const STALE_AFTER_MONTHS = 12

/**
 * The one rule for stale data, shared by the catalogue check and the financing plan: checked
 * more than STALE_AFTER_MONTHS calendar months before `today` (clamped to the month's end, so
 * on 2024-02-29 a check on 2023-02-28 is exactly a year old, not stale).
 */
export function isStale(lastChecked: string, today: string): boolean {
  return lastChecked < monthsBefore(today, STALE_AFTER_MONTHS)
}

export function catalogueWarnings(programs: readonly Program[], today: string): CatalogueWarning[] {
  const warnings: CatalogueWarning[] = []
  for (const p of programs) {
    const add = (path: string, message: string) => warnings.push({ id: p.id, path, message })
    if (isStale(p.lastChecked, today))
      add(
        'lastChecked',
        `last checked ${p.lastChecked}, more than ${STALE_AFTER_MONTHS} months before ${today}`,
      )
    // One rule with the app: the programme is dormant, shown as such and never planned with.
    const deadline = deadlineStatus(p, today)
    if (deadline.state === 'dormant')
      add(
        'windows',
        `dormant: every application window closed (last ${deadline.last}), and no later call or dated rhythm is on record (an irregular one counts for a year after its last call); never in a plan`,
      )
    p.sources.forEach((s, i) => {
      if (s.url.startsWith('http:')) add(`sources[${i}].url`, `"${s.url}" is not https`)
    })
  }
  return warnings
}

/** The ISO date `months` calendar months before `date`, clamped to the month's last day. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = mapped(date.split('-'), Number) as [number, number, number]
  const total = y * 12 + (m - 1) - months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`
}
