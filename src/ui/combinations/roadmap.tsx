import { useTranslation } from 'react-i18next'
import { describeAction, formatDate, type Lang, type PlanStep } from '../../domain/index'

/** The applications in order, on a timeline of their deadlines; projected dates are marked. */
export function Roadmap({
  steps,
  lang,
  labelledBy,
}: {
  steps: readonly PlanStep[]
  lang: Lang
  labelledBy: string
}) {
  const { t } = useTranslation('combinations')
  const { t: tc } = useTranslation()
  const ordered = [...steps].sort((a, b) => a.order - b.order)
  return (
    <ol className="fb-roadmap" aria-labelledby={labelledBy}>
      {ordered.map((step) => (
        <li key={`${step.order}-${step.programId}`} className="fb-roadmap__step">
          <p className="fb-roadmap__date">
            {step.date && step.openUntil && <>{t('roadmap.openUntil')} </>}
            {step.date && step.before && <>{t('roadmap.before')} </>}
            {step.date && step.opens && (
              <>
                <time dateTime={step.opens}>{formatDate(step.opens, lang)}</time>{' '}
                {t('roadmap.until')}{' '}
              </>
            )}
            {step.date ? (
              <time dateTime={step.date}>{formatDate(step.date, lang)}</time>
            ) : (
              t(step.pending ? 'roadmap.nextRound' : 'roadmap.noDate')
            )}
            {step.expected && (
              <>
                {' '}
                <span className="kern-badge kern-badge--warning" title={t('roadmap.expectedHint')}>
                  <span className="kern-label">{t('roadmap.expected')}</span>
                </span>
                <span className="kern-sr-only"> ({t('roadmap.expectedHint')})</span>
              </>
            )}
          </p>
          <p className="kern-body">
            {describeAction(step.action, lang)}{' '}
            <span className="fb-note">({tc(`phases.${step.phase}`)})</span>
          </p>
        </li>
      ))}
    </ol>
  )
}
