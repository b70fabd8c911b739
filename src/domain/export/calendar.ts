// The roadmap's dated steps as calendar events. Pure data: the .ics file itself is written
// outside the domain (src/export/), which also supplies the timestamp.
import type { Catalogue } from '../catalogue/schema'
import type { FinancingPlan } from '../combinations/types'
import { exportPhrase } from '../describe/export-phrases'
import { formatDate } from '../describe/format'
import { describeAction } from '../describe/plan'
import type { Lang } from '../text'

export interface CalendarEvent {
  /** Stable across exports, so a calendar updates the event instead of adding a copy. */
  uid: string
  /** ISO date of the deadline; an all-day event. */
  date: string
  title: string
  description: string
  /** The programme's first source, so the event links to the funder's own page. */
  url: string | null
  /** True for a projected round: shown as tentative and marked "voraussichtlich". */
  expected: boolean
  programId: string
}

export function roadmapEvents(
  plan: FinancingPlan,
  catalogue: Catalogue,
  lang: Lang,
): CalendarEvent[] {
  const programs = new Map(catalogue.programs.map((p) => [p.id, p]))
  return plan.steps
    .filter((step): step is typeof step & { date: string } => step.date !== null)
    .map((step) => {
      const action = describeAction(step.action, lang)
      const program = programs.get(step.programId)
      const name = program?.name[lang] ?? step.programId
      const source = program?.sources[0]
      const lines = [
        `${exportPhrase('programme', lang)}: ${name}`,
        `${exportPhrase('action', lang)}: ${action}`,
        ...(step.expected ? [exportPhrase('expectedNote', lang)] : []),
        ...(step.openUntil ? [exportPhrase('openUntilNote', lang)] : []),
        ...(step.opens
          ? [exportPhrase('opensNote', lang, { date: formatDate(step.opens, lang) })]
          : []),
        ...(source
          ? [
              `${exportPhrase('source', lang)}: ${source.title} (${exportPhrase('asOf', lang)} ${source.asOf}) ${source.url}`,
            ]
          : []),
      ]
      const short = program?.shortName ?? name
      const title = action.includes(short) ? action : `${action} (${short})`
      // A window's last day is no deadline to wait for: the title says so.
      const prefix = step.expected
        ? `${capitalise(exportPhrase('expected', lang))}: `
        : step.openUntil
          ? `${exportPhrase('openUntil', lang)}: `
          : step.before
            ? `${exportPhrase('before', lang)}: `
            : ''
      return {
        uid: `${plan.key}.${step.order}.${step.programId}@foerderbaukasten`,
        date: step.date,
        title: `${prefix}${title}`,
        description: lines.join('\n'),
        url: source?.url ?? null,
        expected: step.expected,
        programId: step.programId,
      }
    })
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
