import { isAnswered, type Answers } from '../answers/answer'
import { applyRule, CONNECTIVES, isTruthy } from './operations'
import { readQuestionIds } from './rule-check'

/** Three-valued truth: a rule that depends on an unanswered question is open, never passed. */
export type Truth = true | false | 'open'

/**
 * Evaluates with Kleene logic over and/or/!: `or(true, open)` is true, `and(false, open)` is
 * false, so a criterion is only open when the missing answer could still change it.
 * Leaves that read an unanswered question are open before json-logic sees them, because
 * json-logic reads a missing var as null and `null < 5` is true.
 */
export function evaluateTruth(rule: unknown, answers: Answers): Truth {
  if (rule !== null && typeof rule === 'object' && !Array.isArray(rule)) {
    const [op] = Object.keys(rule)
    if (op !== undefined && CONNECTIVES.has(op)) {
      const raw = (rule as Record<string, unknown>)[op]
      const args = Array.isArray(raw) ? raw : [raw]
      const values = args.map((arg) => evaluateTruth(arg, answers))
      switch (op) {
        case 'and':
          if (values.includes(false)) return false
          return values.includes('open') ? 'open' : true
        case 'or':
          if (values.includes(true)) return true
          return values.includes('open') ? 'open' : false
        case '!':
          return negate(values[0] ?? 'open')
        default:
          return values[0] ?? 'open'
      }
    }
  }
  const reads = readQuestionIds(rule)
  if (reads.some((id) => !isAnswered(answers, id))) return 'open'
  return isTruthy(applyRule(rule, answers))
}

function negate(value: Truth): Truth {
  return value === 'open' ? 'open' : !value
}
