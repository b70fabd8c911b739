import { isAnswered, type AnswerValue, type Answers } from '../answers/answer'
import type { Criterion, Program } from '../catalogue/schema'
import { phrase } from '../phrases'
import type { Question } from '../questionnaire/schema'
import { evaluateTruth, type Truth } from '../rules/evaluate'
import { fillTemplate, formatAnswer } from '../rules/explain'
import { readQuestionIds } from '../rules/rule-check'
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
}

export function evaluateCriterion(criterion: Criterion, ctx: Context): CriterionResult {
  const reads = readQuestionIds(criterion.rule)
  const decidedBy: Record<string, AnswerValue> = {}
  const formatted = new Map<string, string>()
  for (const id of reads) {
    const question = ctx.questions.get(id)
    if (!question || !isAnswered(ctx.answers, id)) continue
    const value = ctx.answers[id] as AnswerValue
    decidedBy[id] = value
    formatted.set(id, formatAnswer(question, value, ctx.lang))
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
      : fillTemplate(
          criterion.explain[outcome === 'passed' ? 'pass' : 'fail'][ctx.lang],
          formatted,
          ctx.lang,
        )
  return {
    id: criterion.id,
    label: criterion.label[ctx.lang],
    outcome,
    reason,
    decidedBy,
    missing: outcome === 'open' ? missing : [],
  }
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
  const order = [...ctx.questions.keys()]
  const openQuestions = verdict === 'open' ? [...new Set(criteria.flatMap((c) => c.missing))] : []
  openQuestions.sort((a, b) => order.indexOf(a) - order.indexOf(b))
  return { verdict, criteria, openQuestions }
}
