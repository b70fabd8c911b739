import type { Answers } from '../answers/answer'
import { evaluatePrepared, prepareRule } from './prepare'
import type { Truth } from './truth'

export type { Truth } from './truth'

/**
 * Evaluates with Kleene logic over and/or/!: `or(true, open)` is true, `and(false, open)` is
 * false, so a criterion is only open when the missing answer could still change it.
 * Leaves that read an unanswered question are open before json-logic sees them, because
 * json-logic reads a missing var as null and `null < 5` is true. The rule is prepared once per
 * rule object (./prepare).
 */
export function evaluateTruth(rule: unknown, answers: Answers): Truth {
  return evaluatePrepared(prepareRule(rule), answers)
}
