import { useMemo } from 'react'
import type { FinancingPlan } from '../../domain/index'
import {
  planTimeline,
  timelineContext,
  type PlanTimeline,
  type TimelineContext,
} from '../../domain/combinations/verstetigung'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useEffectiveAnswers } from '../hooks/use-visible-steps'

/** What every plan's time line of one screen shares: catalogue, candidates, answers, costs. */
export function useTimelineContext(): TimelineContext {
  const { catalogue, questionnaire } = useData()
  const answers = useEffectiveAnswers()
  const recommendation = useRecommendation()
  // Language-free: switching the language keeps every time line.
  return useMemo(
    () => timelineContext(catalogue, questionnaire, answers, recommendation),
    [catalogue, questionnaire, answers, recommendation],
  )
}

export function usePlanTimeline(plan: FinancingPlan): PlanTimeline {
  const ctx = useTimelineContext()
  return useMemo(() => planTimeline(plan, ctx), [plan, ctx])
}
