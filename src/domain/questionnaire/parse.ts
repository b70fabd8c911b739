import { DataError, zodProblems, type DataProblem } from '../data-error'
import { checkRule, readQuestionIds } from '../rules/rule-check'
import { questionnaireSchema, type Question, type Questionnaire } from './schema'

export const QUESTIONNAIRE_FILE = 'data/questionnaire.json'
// `answers` wraps answers in scenario files, so no question may take that name.
const RESERVED_IDS = new Set(['answers', 'today'])

export function checkQuestionnaire(input: unknown): {
  questionnaire?: Questionnaire
  problems: DataProblem[]
} {
  const parsed = questionnaireSchema.safeParse(input)
  if (!parsed.success) return { problems: zodProblems(parsed.error, QUESTIONNAIRE_FILE) }
  const questionnaire = parsed.data
  const problems: DataProblem[] = []
  const seen = new Map<string, Question>()
  questionnaire.steps.forEach((step, s) => {
    step.questions.forEach((q, i) => {
      const path = `steps[${s}].questions[${i}]`
      const add = (sub: string, message: string) =>
        problems.push({ file: QUESTIONNAIRE_FILE, id: q.id, path: `${path}${sub}`, message })
      if (seen.has(q.id) || RESERVED_IDS.has(q.id))
        add('.id', `question id "${q.id}" is used twice or reserved`)
      if (q.visibleIf !== undefined) {
        // A condition may only read questions asked before it, so visibility never loops.
        for (const p of checkRule(q.visibleIf, `${path}.visibleIf`, seen)) {
          problems.push({ file: QUESTIONNAIRE_FILE, id: q.id, ...p })
        }
        if (readQuestionIds(q.visibleIf).includes(q.id))
          add('.visibleIf', 'a question cannot depend on itself')
      }
      seen.set(q.id, q)
    })
  })
  return problems.length > 0 ? { problems } : { questionnaire, problems }
}

export function parseQuestionnaire(input: unknown): Questionnaire {
  const { questionnaire, problems } = checkQuestionnaire(input)
  if (!questionnaire) throw new DataError(problems)
  return questionnaire
}
