import { isAnswered, type AnswerValue, type Answers } from '../answers/answer'
import type { Criterion, Program } from '../catalogue/schema'
import { phrase } from '../phrases'
import type { Question } from '../questionnaire/schema'
import { evaluateTruth, type Truth } from '../rules/evaluate'
import { fillTemplateWith, formatAnswer } from '../rules/explain'
import { readsOf } from '../rules/prepare'
import type { Lang } from '../text'

export type Outcome = 'passed' | 'failed' | 'open'
export type Verdict = 'eligible' | 'ineligible' | 'open'

export interface CriterionResult {
  id: string
  label: string
  outcome: Outcome
  /** The explanation, filled with the answers that decided it. */
  reason: string
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
  lang: Lang
  /**
   * Formatted answers by `lang:id`, shared by every criterion of one evaluation (the same
   * answers object); leave it out when the answers may change between calls.
   */
  formatted?: Map<string, string>
}

export function evaluateCriterion(criterion: Criterion, ctx: Context): CriterionResult {
  const reads = readsOf(criterion.rule)
  const decidedBy: Record<string, AnswerValue> = {}
  for (const id of reads) {
    if (!ctx.questions.has(id) || !isAnswered(ctx.answers, id)) continue
    decidedBy[id] = ctx.answers[id] as AnswerValue
  }
  const missing = reads.filter((id) => !isAnswered(ctx.answers, id))
  let truth: Truth
  try {
    truth = evaluateTruth(criterion.rule, ctx.answers)
  } catch {
    // One broken rule must not blank the whole result: it stays open and says why.
    return {
      id: criterion.id,
      label: criterion.label[ctx.lang],
      outcome: 'open',
      reason: phrase('ruleError', ctx.lang),
      decidedBy,
      missing,
    }
  }
  const outcome: Outcome = truth === 'open' ? 'open' : truth ? 'passed' : 'failed'
  const reason =
    outcome === 'open'
      ? phrase(
          'open',
          ctx.lang,
          missing.map((id) => ctx.questions.get(id)?.label[ctx.lang] ?? id).join('; '),
        )
      : explain(criterion.explain[outcome === 'passed' ? 'pass' : 'fail'][ctx.lang], decidedBy, ctx)
  return {
    id: criterion.id,
    label: criterion.label[ctx.lang],
    outcome,
    reason,
    decidedBy,
    missing: outcome === 'open' ? missing : [],
  }
}

/** Fills the template, formatting only the answers it names (formatting is the costly part). */
function explain(template: string, decidedBy: Record<string, AnswerValue>, ctx: Context): string {
  return fillTemplateWith(
    template,
    (id) => {
      if (!Object.hasOwn(decidedBy, id)) return undefined
      const key = `${ctx.lang}:${id}`
      let text = ctx.formatted?.get(key)
      if (text === undefined) {
        text = formatAnswer(
          ctx.questions.get(id) as Question,
          decidedBy[id] as AnswerValue,
          ctx.lang,
        )
        ctx.formatted?.set(key, text)
      }
      return text
    },
    ctx.lang,
  )
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
      label: phrase('closedLabel', ctx.lang),
      outcome: 'failed',
      reason: phrase('closed', ctx.lang),
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
