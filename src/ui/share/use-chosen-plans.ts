import { useMemo } from 'react'
import {
  markedPlans,
  type FinancingPlan,
  type PlanProblem,
  type Recommendation,
} from '../../domain/index'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useAppStore } from '../store-context'

export interface ChosenPlans {
  /** The marked plans that can be formed, in marking order. */
  plans: FinancingPlan[]
  /** Keys of those no longer in the search's top 10: evaluated directly. */
  outside: ReadonlySet<string>
  /** The marks that cannot be formed any more, each with its reason. */
  unformable: { key: string; problem: PlanProblem }[]
}

// One evaluation per result and marks, shared by the compare view, its downloads and exports:
// keyed by the result object, which belongs to one store's inputs (answers, catalogue, today).
const evaluated = new WeakMap<Recommendation, { chosen: readonly string[]; value: ChosenPlans }>()

/**
 * The marked plans in marking order. A mark the search's list no longer holds (a shared link
 * opened with other answers or a newer catalogue) is evaluated directly, not dropped.
 */
export function useChosenPlans(): ChosenPlans {
  const { catalogue, questionnaire, today } = useData()
  const recommendation = useRecommendation()
  const answers = useAppStore((s) => s.answers)
  const chosen = useAppStore((s) => s.chosen)
  return useMemo(() => {
    const hit = evaluated.get(recommendation)
    if (hit?.chosen === chosen) return hit.value
    const marked = markedPlans(catalogue, questionnaire, answers, chosen, {
      today,
      top: recommendation.combinations.plans,
    })
    const value = {
      plans: marked.flatMap((m) => (m.plan ? [m.plan] : [])),
      outside: new Set(marked.flatMap((m) => (m.plan && !m.inTop ? [m.key] : []))),
      unformable: marked.flatMap((m) => (m.plan ? [] : [{ key: m.key, problem: m.problem }])),
    }
    evaluated.set(recommendation, { chosen, value })
    return value
  }, [catalogue, questionnaire, answers, chosen, today, recommendation])
}
