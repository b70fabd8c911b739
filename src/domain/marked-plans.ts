// The marked combinations of a project, each as a plan or with the reason it cannot be formed.
import type { Answers } from './answers/answer'
import type { Catalogue } from './catalogue/schema'
import { combinationIds } from './combinations/combination-key'
import { planForKey, type PlanOrProblem, type PlanProblem } from './combinations/plan-for-key'
import type { FinancingPlan } from './combinations/types'
import type { Questionnaire } from './questionnaire/schema'
import { assess } from './recommend'

/**
 * One mark: its plan, with `inTop` false when the search's list no longer holds it (then it was
 * evaluated directly), or the reason it cannot be formed any more.
 */
export type MarkedPlan =
  | { key: string; plan: FinancingPlan; inTop: boolean }
  | { key: string; plan: null; problem: PlanProblem }

export interface MarkedPlanOptions {
  today: string
  /** The search's plans for the same inputs: a mark among them is taken as it is. */
  top: readonly FinancingPlan[]
}

/**
 * Pure: the marked combinations (keys, in marking order) for these answers and this catalogue.
 * Only marks outside `top` cost work: the verdicts once, then one evaluation per mark.
 */
export function markedPlans(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  answers: Answers,
  keys: readonly string[],
  { today, top }: MarkedPlanOptions,
): MarkedPlan[] {
  let assessed: ReturnType<typeof assess> | undefined
  return keys.map((key): MarkedPlan => {
    const listed = top.find((p) => p.key === key)
    if (listed) return { key, plan: listed, inTop: true }
    assessed ??= assess(catalogue, questionnaire, answers, { today })
    const result = evaluate(combinationIds(key), assessed)
    return 'plan' in result
      ? { key, plan: result.plan, inTop: false }
      : { key, plan: null, problem: result.problem }
  })
}

function evaluate(
  ids: readonly string[],
  { verdicts, input }: ReturnType<typeof assess>,
): PlanOrProblem {
  // The verdicts list every programme of the catalogue.
  const byId = new Map(verdicts.programs.map((p) => [p.id, p] as const))
  for (const programId of ids) {
    const rec = byId.get(programId)
    if (!rec) return { problem: { code: 'unknownProgram', programId } }
    const { state } = rec.deadline
    if (state === 'closed' || state === 'dormant')
      return { problem: { code: 'notApplicable', programId, state } }
    if (rec.verdict === 'ineligible') return { problem: { code: 'notEligible', programId } }
  }
  return planForKey(input, ids)
}
