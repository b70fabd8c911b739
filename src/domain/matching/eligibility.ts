import { isAnswered, type AnswerValue, type Answers } from '../answers/answer'
import type { Criterion, Program } from '../catalogue/schema'
import type { Question } from '../questionnaire/schema'
import { evaluateTruth, type Truth } from '../rules/evaluate'
import { readsOf } from '../rules/prepare'
import type { LocalizedText } from '../text'
import { mapped } from '../mapped'

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

// Reasons carry no answers, so one object per kind (and per criterion and outcome) serves every
// evaluation: the verdicts of all programmes are worked out on every recommendation.
const MISSING_ANSWERS: CriterionReason = Object.freeze({ code: 'missingAnswers' })
const RULE_ERROR: CriterionReason = Object.freeze({ code: 'ruleError' })
const explained = new WeakMap<Criterion, { pass: CriterionReason; fail: CriterionReason }>()

function explanation(criterion: Criterion, passed: boolean): CriterionReason {
  let both = explained.get(criterion)
  if (!both) {
    both = {
      pass: Object.freeze({ code: 'explained', template: criterion.explain.pass }),
      fail: Object.freeze({ code: 'explained', template: criterion.explain.fail }),
    }
    explained.set(criterion, both)
  }
  return passed ? both.pass : both.fail
}

export function evaluateCriterion(criterion: Criterion, ctx: Context): CriterionResult {
  const reads = readsOf(criterion.rule)
  const decidedBy: Record<string, AnswerValue> = {}
  for (const id of reads) {
    if (!ctx.questions.has(id) || !isAnswered(ctx.answers, id)) continue
    decidedBy[id] = ctx.answers[id] as AnswerValue
  }
  let truth: Truth
  try {
    truth = evaluateTruth(criterion.rule, ctx.answers)
  } catch {
    // One broken rule must not blank the whole result: it stays open and says why.
    return {
      id: criterion.id,
      label: criterion.label,
      outcome: 'open',
      reason: RULE_ERROR,
      decidedBy,
      missing: missingOf(reads, ctx.answers),
    }
  }
  const outcome: Outcome = truth === 'open' ? 'open' : truth ? 'passed' : 'failed'
  return {
    id: criterion.id,
    label: criterion.label,
    outcome,
    reason: outcome === 'open' ? MISSING_ANSWERS : explanation(criterion, outcome === 'passed'),
    decidedBy,
    missing: outcome === 'open' ? missingOf(reads, ctx.answers) : [],
  }
}

const missingOf = (reads: readonly string[], answers: Answers) =>
  reads.filter((id) => !isAnswered(answers, id))

// Question order by id, once per question map: open questions are sorted by it for every programme.
const orders = new WeakMap<ReadonlyMap<string, Question>, Map<string, number>>()
function questionOrder(questions: ReadonlyMap<string, Question>): Map<string, number> {
  let order = orders.get(questions)
  if (!order) {
    order = new Map(mapped([...questions.keys()], (id, i) => [id, i]))
    orders.set(questions, order)
  }
  return order
}

/** Failed beats open beats passed: one failed criterion rules a programme out. */
export function evaluateProgram(program: Program, ctx: Context): EligibilityResult {
  const criteria = mapped(program.eligibility, (c) => evaluateCriterion(c, ctx))
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
