import { useTranslation } from 'react-i18next'
import { formatAnswer, isAnswered } from '../../domain/index'
import { useEffectiveAnswers, useVisibleSteps } from '../hooks/use-visible-steps'
import { useDocumentTitle, usePageFocus } from '../hooks/use-page-focus'
import { useAppStore } from '../store-context'
import { BackLink } from '../components/back-link'
import { Notice } from '../components/notice'

/** GOV.UK "check your answers": every answer with a change link that returns here. */
export function ReviewScreen() {
  const { t } = useTranslation('review')
  const { t: tc } = useTranslation()
  const steps = useVisibleSteps()
  const answers = useEffectiveAnswers()
  const lang = useAppStore((s) => s.lang)
  const goToStep = useAppStore((s) => s.goToStep)
  const goTo = useAppStore((s) => s.goTo)
  const ref = usePageFocus<HTMLHeadingElement>('review')
  useDocumentTitle(t('title'), tc('appName'))
  const missing = steps.flatMap((s) =>
    s.questions.filter((q) => q.required && !isAnswered(answers, q.id)),
  )
  const last = steps[steps.length - 1]
  return (
    <>
      <BackLink onClick={() => last && goToStep(last.id)} label={tc('back')} />
      <h1 className="kern-heading-large" ref={ref} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="kern-body fb-lead">{t('lead')}</p>
      {steps.map((step, i) => (
        <section
          key={step.id}
          className="kern-summary fb-summary"
          aria-labelledby={`review-${step.id}`}
        >
          <div className="kern-summary__header">
            <span className="kern-number" aria-hidden="true">
              {i + 1}
            </span>
            <div className="kern-summary__title-wrapper">
              <h2 className="kern-title" id={`review-${step.id}`}>
                {step.title[lang]}
              </h2>
            </div>
          </div>
          <div className="kern-summary__body">
            <dl className="kern-description-list">
              {step.questions.map((q) => (
                <div key={q.id} className="kern-description-list-item">
                  <dt className="kern-description-list-item__key">{q.label[lang]}</dt>
                  <dd className="kern-description-list-item__value">
                    {isAnswered(answers, q.id)
                      ? formatAnswer(q, answers[q.id] as never, lang)
                      : t('notAnswered')}
                  </dd>
                  <dd className="fb-summary-action">
                    <button
                      type="button"
                      className="kern-link"
                      // The visible word first, so speech input can use it (label in name).
                      aria-label={`${tc('change')} – ${q.label[lang]}`}
                      onClick={() => goToStep(step.id, { returnTo: 'review', focus: q.id })}
                    >
                      {tc('change')}
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </section>
      ))}
      {missing.length > 0 && (
        <Notice kind="warning" title={t('missingTitle')}>
          <p className="kern-body">{t('missingBody')}</p>
        </Notice>
      )}
      <div className="fb-actions">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => goTo({ name: 'results' })}
        >
          <span className="kern-label">{t('showResults')}</span>
        </button>
      </div>
    </>
  )
}
