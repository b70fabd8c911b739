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

/**
 * A consolidation route's name: the programme's (and the plan's programme whose grant opens it),
 * or the municipal budget's line.
 */
export function routeName(route: ConsolidationRoute, lang: Lang): string {
  if (!route.name) return planPhrase('municipalBudget', lang)
  return route.after
    ? planPhrase('routeAfter', lang, { name: route.name[lang], after: route.after[lang] })
    : route.name[lang]
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
