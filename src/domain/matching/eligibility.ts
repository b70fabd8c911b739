import { isAnswered, type AnswerValue, type Answers } from '../answers/answer'
import type { Criterion, Program } from '../catalogue/schema'
import type { Question } from '../questionnaire/schema'
import { evaluateTruth, type Truth } from '../rules/evaluate'
import { readsOf } from '../rules/prepare'
import type { LocalizedText } from '../text'

export type Outcome = 'passed' | 'failed' | 'open'
export type Verdict = 'eligible' | 'ineligible' | 'open'

/**
 * Why a criterion came out as it did, as a code: the programme's own explanation (a template
 * from data/ filled with the answers in `decidedBy`), the answers still missing, a rule that
 * could not be evaluated, or a programme that has ended.
 */
export type CriterionReason =
  | { code: 'explained'; template: LocalizedText }
  | { code: 'missingAnswers' }
  | { code: 'ruleError' }
  | { code: 'programmeClosed' }

export interface CriterionResult {
  id: string
  /** The criterion's name from data/; null for the "programme running" check the domain adds. */
  label: LocalizedText | null
  outcome: Outcome
  reason: CriterionReason
  /** The answers the criterion read, by question id. */
  decidedBy: Record<string, AnswerValue>
  /** Unanswered questions the criterion reads; answering them may decide it. */
  missing: string[]
}

export interface EligibilityResult {
  verdict: Verdict
  criteria: CriterionResult[]
  /** Questions whose answers would settle the open criteria, in questionnaire order. */
  openQuestions: string[]
}

interface Context {
  answers: Answers
  questions: ReadonlyMap<string, Question>
}

export function evaluateCriterion(criterion: Criterion, ctx: Context): CriterionResult {
  const reads = readsOf(criterion.rule)
  const decidedBy: Record<string, AnswerValue> = {}
  for (const id of reads) {
    if (!ctx.questions.has(id) || !isAnswered(ctx.answers, id)) continue
    decidedBy[id] = ctx.answers[id] as AnswerValue
  }
  const missingOf = () => reads.filter((id) => !isAnswered(ctx.answers, id))
  let truth: Truth
  try {
    truth = evaluateTruth(criterion.rule, ctx.answers)
  } catch {
    // One broken rule must not blank the whole result: it stays open and says why.
    return {
      id: criterion.id,
      label: criterion.label,
      outcome: 'open',
      reason: { code: 'ruleError' },
      decidedBy,
      missing: missingOf(),
    }
  }
  const outcome: Outcome = truth === 'open' ? 'open' : truth ? 'passed' : 'failed'
  const reason: CriterionReason =
    outcome === 'open'
      ? { code: 'missingAnswers' }
      : { code: 'explained', template: criterion.explain[outcome === 'passed' ? 'pass' : 'fail'] }
  return {
    id: criterion.id,
    label: criterion.label,
    outcome,
    reason,
    decidedBy,
    missing: outcome === 'open' ? missingOf() : [],
  }
}

// Question order by id, once per question map: open questions are sorted by it for every programme.
const orders = new WeakMap<ReadonlyMap<string, Question>, Map<string, number>>()
function questionOrder(questions: ReadonlyMap<string, Question>): Map<string, number> {
  let order = orders.get(questions)
  if (!order) {
    order = new Map([...questions.keys()].map((id, i) => [id, i]))
    orders.set(questions, order)
  }
  return order
}

/** Failed beats open beats passed: one failed criterion rules a programme out. */
export function evaluateProgram(program: Program, ctx: Context): EligibilityResult {
  const criteria = program.eligibility.map((c) => evaluateCriterion(c, ctx))
  if (program.status === 'closed') {
    criteria.unshift({
      id: 'programmeRunning',
      label: null,
      outcome: 'failed',
      reason: { code: 'programmeClosed' },
      decidedBy: {},
      missing: [],
    })
  }
  const verdict: Verdict = criteria.some((c) => c.outcome === 'failed')
    ? 'ineligible'
    : criteria.some((c) => c.outcome === 'open')
      ? 'open'
      : 'eligible'
  const openQuestions = verdict === 'open' ? [...new Set(criteria.flatMap((c) => c.missing))] : []
  if (openQuestions.length > 1) {
    const order = questionOrder(ctx.questions)
    const rank = (id: string) => order.get(id) ?? -1
    openQuestions.sort((a, b) => rank(a) - rank(b))
  }
  return { verdict, criteria, openQuestions }
}
