import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerValue, Step } from '../../domain/index'
import { useVerdicts } from '../hooks/use-derived'
import { useEffectiveAnswers, useVisibleSteps } from '../hooks/use-visible-steps'
import { useDocumentTitle, usePageFocus } from '../hooks/use-page-focus'
import { ErrorSummary } from '../questionnaire/error-summary'
import { FamilyNotice } from '../questionnaire/family-notice'
import { fieldId } from '../questionnaire/field-parts'
import { QuestionField } from '../questionnaire/question-field'
import { validateQuestions, type FieldError } from '../questionnaire/validate'
import { useAppStore } from '../store-context'
import { BackLink } from '../components/back-link'
import type { ReturnTo } from '../../store/inputs'

/** One topic per page: the questions of one questionnaire step. */
export function StepScreen({
  stepId,
  returnTo,
  focus,
}: {
  stepId: string
  returnTo?: ReturnTo
  focus?: string
}) {
  const { t } = useTranslation('questionnaire')
  const { t: tc } = useTranslation()
  const steps = useVisibleSteps()
  const lang = useAppStore((s) => s.lang)
  const setAnswer = useAppStore((s) => s.setAnswer)
  const goToStep = useAppStore((s) => s.goToStep)
  const goTo = useAppStore((s) => s.goTo)
  const answers = useEffectiveAnswers()
  const recommendation = useVerdicts()
  const [errors, setErrors] = useState<Map<string, FieldError>>(new Map())
  const [badText, setBadText] = useState<ReadonlySet<string>>(new Set())
  const [attempt, setAttempt] = useState(0)

  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === stepId),
  )
  const step = steps[index] as Step
  const headingRef = usePageFocus<HTMLHeadingElement>(step.id, focus && fieldId(focus))
  useDocumentTitle(
    `${errors.size > 0 ? `${t('errorPrefix')} ` : ''}${step.title[lang]}`,
    tc('appName'),
  )

  const messageFor = (error: FieldError): string => {
    switch (error.kind) {
      case 'required':
        return t(`errors.required.${error.type}`)
      case 'min':
        return t('errors.min', { min: error.limit.toLocaleString(lang) })
      case 'max':
        return t('errors.max', { max: error.limit.toLocaleString(lang) })
      default:
        return t(`errors.${error.kind}`)
    }
  }

  const change = (id: string, value: AnswerValue | undefined) => {
    setAnswer(id, value)
    if (errors.has(id)) {
      // Re-check the page live once it has been submitted, so fixed errors disappear.
      setErrors(
        validateQuestions(
          step.questions,
          { ...answers, [id]: value as AnswerValue },
          badText,
          !returnTo,
        ),
      )
    }
  }
  const reportBadText = (key: string, bad: boolean) =>
    setBadText((prev) => {
      if (prev.has(key) === bad) return prev
      const next = new Set(prev)
      if (bad) next.add(key)
      else next.delete(key)
      return next
    })

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const found = validateQuestions(step.questions, answers, badText, !returnTo)
    setErrors(found)
    setAttempt((n) => n + 1)
    if (found.size > 0) return
    const next = steps[index + 1]
    if (returnTo) goTo({ name: returnTo })
    else if (next) goToStep(next.id)
    else goTo({ name: 'review' })
  }

  const back = () => {
    const previous = steps[index - 1]
    if (returnTo) goTo({ name: returnTo })
    else if (previous) goToStep(previous.id)
    else goTo({ name: 'start' })
  }

  const summaryItems = step.questions
    .filter((q) => errors.has(q.id))
    .map((q) => ({
      id: q.id,
      label: q.label[lang],
      message: messageFor(errors.get(q.id) as FieldError),
    }))

  return (
    <>
      <BackLink onClick={back} label={returnTo ? t('backToReview') : tc('back')} />
      <p className="kern-preline" id="step-progress">
        {t('progress', { current: index + 1, total: steps.length })}
      </p>
      <progress
        className="kern-progress fb-progress"
        max={steps.length}
        value={index + 1}
        aria-label={t('progressLabel')}
      />
      <h1 className="kern-heading-large" ref={headingRef} tabIndex={-1}>
        {step.title[lang]}
      </h1>
      <ErrorSummary items={summaryItems} attempt={attempt} />
      {step.intro && <p className="kern-body fb-lead">{step.intro[lang]}</p>}
      <FamilyNotice recommendation={recommendation} />
      <form noValidate onSubmit={submit}>
        {step.questions.map((q) => {
          const error = errors.get(q.id)
          return (
            <div key={q.id} className="fb-question">
              <QuestionField
                question={q}
                lang={lang}
                value={answers[q.id]}
                error={error && messageFor(error)}
                chosenPhases={answers.phases as string[] | undefined}
                onChange={(value) => change(q.id, value)}
                onBadText={reportBadText}
              />
            </div>
          )
        })}
        <div className="fb-actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{returnTo ? t('saveAndReturn') : tc('continue')}</span>
          </button>
        </div>
      </form>
    </>
  )
}
