import { useTranslation } from 'react-i18next'
import {
  describeWarning,
  formatEuro,
  type FinancingPlan,
  type Lang,
  type Question,
  type Step,
} from '../../domain/index'
import { useAppStore } from '../store-context'
import { QuestionLinks } from '../components/question-links'
import { PlanTable } from './plan-table'
import { Roadmap } from './roadmap'
import { Notice } from '../components/notice'
import { PlanTimelineView } from './plan-timeline'
import { PlanUnknowns } from './plan-unknowns'
import { RankReasonLine } from './rank-reason'
import { usePlanTimeline } from './use-plan-timeline'

interface Props {
  plan: FinancingPlan
  n: number
  names: ReadonlyMap<string, string>
  applicantLabel: (value: string) => string
  questions: ReadonlyMap<string, Question>
  steps: readonly Step[]
  lang: Lang
  /** The plan ranked next, for a page that shows this plan alone (the handout). */
  nextPlan?: FinancingPlan | undefined
}

/** One combination: totals, financing plan, applications, roadmap and warnings. */
export function PlanView({
  plan,
  n,
  names,
  applicantLabel,
  questions,
  steps,
  lang,
  nextPlan,
}: Props) {
  const { t } = useTranslation('combinations')
  const chosen = useAppStore((s) => s.chosen.includes(plan.key))
  const choose = useAppStore((s) => s.chooseCombination)
  const unchoose = useAppStore((s) => s.unchooseCombination)
  const timeline = usePlanTimeline(plan)
  const euro = (v: number) => formatEuro(v, lang)
  const title = t('planTitle', {
    n,
    names: plan.programs.map((id) => names.get(id) ?? id).join(' + '),
  })
  const headingId = `plan-${n}`
  const sub = (key: string) => `${headingId}-${key}`
  return (
    <section className="kern-card fb-plan" aria-labelledby={headingId}>
      <div className="kern-card__container">
        <h2 className="kern-heading-medium" id={headingId}>
          {title}
        </h2>
        <RankReasonLine plan={plan} n={n} names={names} lang={lang} nextPlan={nextPlan} />
        <dl className="kern-description-list fb-plan-summary">
          {(
            [
              ['totalCosts', euro(plan.totalCosts)],
              ['totalFunding', euro(plan.totalFunding)],
              ['publicFunding', euro(plan.publicFunding)],
              [
                'ownShare',
                t('summary.ownSharePercent', {
                  amount: euro(plan.ownShare),
                  percent: plan.ownSharePercent.toLocaleString(lang, { maximumFractionDigits: 1 }),
                }),
              ],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t(`summary.${key}`)}</dt>
              <dd className="kern-description-list-item__value">{value}</dd>
            </div>
          ))}
        </dl>
        <PlanTable plan={plan} names={names} lang={lang} caption={t('table.caption')} />
        <h3 className="kern-heading-small" id={sub('applications')}>
          {t('applications.title')}
        </h3>
        <ul className="kern-list" aria-labelledby={sub('applications')}>
          {plan.applications.map((a) => (
            <li key={a.programId}>
              <strong>{a.name[lang]}</strong> –{' '}
              {t('applications.applicant', { applicant: applicantLabel(a.applicant) })};{' '}
              {t('applications.amount', { amount: euro(a.amount) })}
              {a.verdict === 'open' && <> ({t('applications.open')})</>}
            </li>
          ))}
        </ul>
        <PlanTimelineView timeline={timeline} names={names} lang={lang} idPrefix={headingId} />
        <h3 className="kern-heading-small" id={sub('roadmap')}>
          {t('roadmap.title')}
        </h3>
        <p className="kern-body">{t('roadmap.lead')}</p>
        <Roadmap steps={plan.steps} lang={lang} labelledBy={sub('roadmap')} />
        {plan.warnings.length > 0 && (
          <Notice kind="warning" title={t('warnings')} level={3}>
            <ul className="kern-list">
              {plan.warnings.map((w, i) => (
                <li key={`${w.kind}-${w.programId ?? ''}-${i}`}>{describeWarning(w, lang)}</li>
              ))}
            </ul>
          </Notice>
        )}
        <PlanUnknowns plan={plan} names={names} lang={lang} id={sub('unknowns')} />
        {plan.dependsOn.length > 0 && (
          <>
            <p className="kern-body">{t('dependsOn')}</p>
            <QuestionLinks ids={plan.dependsOn} questions={questions} steps={steps} lang={lang} />
          </>
        )}
        <div className="fb-actions">
          <button
            type="button"
            className={`kern-btn ${chosen ? 'kern-btn--secondary' : 'kern-btn--tertiary'}`}
            aria-pressed={chosen}
            onClick={() => (chosen ? unchoose(plan.key) : choose(plan.key))}
          >
            <span className="kern-label">
              {chosen && '✓ '}
              {t('choose')}
            </span>
          </button>
        </div>
      </div>
    </section>
  )
}
