import type { Lang, Question, Step } from '../../domain/index'
import { useAppStore } from '../store-context'

interface Props {
  ids: readonly string[]
  questions: ReadonlyMap<string, Question>
  steps: readonly Step[]
  lang: Lang
  /** The link text for a question's label; defaults to the label itself. */
  text?: (label: string) => string
}

/** Unanswered questions as links that open the step holding them and come back to the results. */
export function QuestionLinks({ ids, questions, steps, lang, text = (label) => label }: Props) {
  const goToStep = useAppStore((s) => s.goToStep)
  return (
    <ul className="kern-list">
      {ids.map((id) => {
        const step = steps.find((s) => s.questions.some((q) => q.id === id))
        const label = questions.get(id)?.label[lang] ?? id
        return (
          <li key={id}>
            {step ? (
              <button
                type="button"
                className="kern-link"
                onClick={() => goToStep(step.id, { returnTo: 'results', focus: id })}
              >
                {text(label)}
              </button>
            ) : (
              label
            )}
          </li>
        )
      })}
    </ul>
  )
}
