import { useTranslation } from 'react-i18next'
import type { Lang, Question } from '../../domain/index'

export interface FieldProps<V> {
  question: Question
  lang: Lang
  value: V | undefined
  error: string | undefined
  onChange: (value: V | undefined) => void
  /** Reports typed text that cannot be read (key: question id, or id.costType.phase). */
  onBadText: (key: string, bad: boolean) => void
}

export const fieldId = (id: string) => `q-${id}`
export const hintId = (id: string) => `q-${id}-hint`
export const errorId = (id: string) => `q-${id}-error`

/** aria-describedby for a field: its help text and its error, when present. */
export function describedBy(question: Question, error: string | undefined): string | undefined {
  const ids = [question.help ? hintId(question.id) : '', error ? errorId(question.id) : '']
  return ids.filter(Boolean).join(' ') || undefined
}

export function Hint({ question, lang }: { question: Question; lang: Lang }) {
  if (!question.help) return null
  return (
    <div className="kern-hint" id={hintId(question.id)}>
      {question.help[lang]}
    </div>
  )
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useTranslation('questionnaire')
  if (!error) return null
  return (
    <p className="kern-error" id={errorId(id)}>
      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span className="kern-body">
        <span className="kern-sr-only">{t('errorPrefix')} </span>
        {error}
      </span>
    </p>
  )
}

export function QuestionLabel({ question, lang }: { question: Question; lang: Lang }) {
  const { t } = useTranslation()
  return (
    <>
      {question.label[lang]}
      {!question.required && <span className="kern-label__optional"> {t('optional')}</span>}
    </>
  )
}
