import { useMemo } from 'react'
import type { CandidateProgram, CostMatrix, FinancingPlan } from '../../domain/index'
import {
  planTimeline,
  type PlanTimeline,
  type TimelineContext,
} from '../../domain/combinations/verstetigung'
import { useData } from '../data-context'
import { useEffectiveAnswers, useRecommendation } from '../hooks/use-derived'
import { useAppStore } from '../store-context'

/** What every plan's time line of one screen shares: catalogue, candidates, answers, costs. */
export function useTimelineContext(): TimelineContext {
  const { catalogue, questionnaire, today } = useData()
  const answers = useEffectiveAnswers()
  const recommendation = useRecommendation()
  const lang = useAppStore((s) => s.lang)
  return useMemo(() => {
    const programs = new Map(catalogue.programs.map((p) => [p.id, p] as const))
    // The same candidates the engine plans with: not ineligible, not closed or dormant.
    const candidates: CandidateProgram[] = recommendation.programs.flatMap((r) => {
      const program = programs.get(r.id)
      if (!program || r.verdict === 'ineligible') return []
      if (r.deadline.state === 'closed' || r.deadline.state === 'dormant') return []
      return [{ program, verdict: r.verdict, openQuestions: r.openQuestions }]
    })
    // Cost blocks come from whichever question holds the cost matrix, not from a fixed id.
    const costQuestion = questionnaire.steps
      .flatMap((s) => s.questions)
      .find((q) => q.type === 'costMatrix')
    const costs = ((costQuestion && answers[costQuestion.id]) ?? {}) as CostMatrix
    const start = answers.plannedStart
    return {
      programs,
      candidates,
      answers,
      costs,
      plannedStart: typeof start === 'string' ? start : null,
      today,
      lang,
    }
  }, [catalogue, questionnaire, today, answers, recommendation, lang])
}

export function usePlanTimeline(plan: FinancingPlan): PlanTimeline {
  const ctx = useTimelineContext()
  return useMemo(() => planTimeline(plan, ctx), [plan, ctx])
}
