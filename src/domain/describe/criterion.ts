// Criterion results in words: the programme's explanation filled with the answers that decided
// it, or the generic sentence for a missing answer, a broken rule or an ended programme.
import type { AnswerValue } from '../answers/answer'
import type { CriterionResult } from '../matching/eligibility'
import type { Question } from '../questionnaire/schema'
import type { Lang } from '../text'
import { criterionPhrase } from './criterion-phrases'
import { fillTemplateWith, formatAnswer } from './format'

export interface DescribeContext {
  lang: Lang
  questions: ReadonlyMap<string, Question>
  /**
   * Formatted answers by question id, shared by every criterion of one result (the same
   * answers); leave it out when the answers may differ between calls.
   */
  formatted?: Map<string, string>
}

/** A criterion as the CLI and the exports print it: label and reason in words. */
export interface CriterionText extends Omit<CriterionResult, 'label' | 'reason'> {
  label: string
  reason: string
}

export function criterionLabel(criterion: CriterionResult, lang: Lang): string {
  return criterion.label?.[lang] ?? criterionPhrase('closedLabel', lang)
}

export function describeReason(criterion: CriterionResult, ctx: DescribeContext): string {
  const { reason } = criterion
  const { lang } = ctx
  switch (reason.code) {
    case 'ruleError':
      return criterionPhrase('ruleError', lang)
    case 'programmeClosed':
      return criterionPhrase('closed', lang)
    case 'missingAnswers':
      return criterionPhrase(
        'open',
        lang,
        criterion.missing.map((id) => ctx.questions.get(id)?.label[lang] ?? id).join('; '),
      )
    case 'explained':
      return explain(reason.template[lang], criterion.decidedBy, ctx)
  }
}

export function describeCriterion(criterion: CriterionResult, ctx: DescribeContext): CriterionText {
  return {
    id: criterion.id,
    label: criterionLabel(criterion, ctx.lang),
    outcome: criterion.outcome,
    reason: describeReason(criterion, ctx),
    decidedBy: criterion.decidedBy,
    missing: criterion.missing,
  }
}

/** Fills the template, formatting only the answers it names (formatting is the costly part). */
function explain(
  template: string,
  decidedBy: Record<string, AnswerValue>,
  ctx: DescribeContext,
): string {
  return fillTemplateWith(
    template,
    (id) => {
      if (!Object.hasOwn(decidedBy, id)) return undefined
      let text = ctx.formatted?.get(id)
      if (text === undefined) {
        text = formatAnswer(
          ctx.questions.get(id) as Question,
          decidedBy[id] as AnswerValue,
          ctx.lang,
        )
        ctx.formatted?.set(id, text)
      }
      return text
    },
    ctx.lang,
  )
}
