// A plan's time line in words, in one language: the names the time line keeps in both languages,
// and the municipal budget's line, which no programme names.
import type {
  ApplicationTime,
  ConsolidationRoute,
  PlanTimeline,
  VerstetigungGap,
} from '../combinations/verstetigung'
import type { Lang } from '../text'
import { planPhrase } from './plan-phrases'

export interface RouteText extends Omit<ConsolidationRoute, 'name'> {
  name: string
}

export interface TimelineText extends Omit<PlanTimeline, 'applications' | 'gap'> {
  applications: (Omit<ApplicationTime, 'name'> & { name: string })[]
  gap: (Omit<VerstetigungGap, 'routes'> & { routes: RouteText[] }) | null
}

/** A consolidation route's name: the programme's, or the municipal budget's line. */
export function routeName(route: ConsolidationRoute, lang: Lang): string {
  return route.name?.[lang] ?? planPhrase('municipalBudget', lang)
}

export function describeTimeline(timeline: PlanTimeline, lang: Lang): TimelineText {
  const { gap } = timeline
  return {
    ...timeline,
    applications: timeline.applications.map((a) => ({ ...a, name: a.name[lang] })),
    gap: gap && {
      ...gap,
      routes: gap.routes.map((r) => ({ ...r, name: routeName(r, lang) })),
    },
  }
}
