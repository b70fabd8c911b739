import { Fragment, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  awaitingCall,
  formatEuro,
  projectFacts,
  type FinancingPlan,
  type Lang,
} from '../../domain/index'
import { BackLink } from '../components/back-link'
import { AwaitingCalls } from '../combinations/awaiting-call'
import { OpenAmounts } from '../combinations/open-amounts'
import { PlanView } from '../combinations/plan-view'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useEffectiveAnswers, useVisibleSteps } from '../hooks/use-visible-steps'
import { useDocumentTitle, usePageFocus } from '../hooks/use-page-focus'
import { CopyLink } from '../share/copy-link'
import { Downloads } from '../share/downloads'
import { useAppStore } from '../store-context'

const TOP = 3

export function CombinationsScreen() {
  const { t } = useTranslation('combinations')
  const { t: tc } = useTranslation()
  const { catalogue, questionnaire, questions } = useData()
  const recommendation = useRecommendation()
  const answers = useEffectiveAnswers()
  const steps = useVisibleSteps()
  const lang = useAppStore((s) => s.lang)
  const goTo = useAppStore((s) => s.goTo)
  const ref = usePageFocus<HTMLHeadingElement>('combinations')
  useDocumentTitle(t('title'), tc('appName'))

  const names = useMemo(
    () => new Map(catalogue.programs.map((p) => [p.id, p.shortName ?? p.name[lang]] as const)),
    [catalogue, lang],
  )
  const { costs } = projectFacts(questionnaire, answers)
  const applicantQuestion = questions.get('organisations')
  const applicantLabel = (value: string) =>
    applicantQuestion?.options?.find((o) => o.value === value)?.label[lang] ?? value
  const result = recommendation.combinations

  return (
    <>
      <BackLink onClick={() => goTo({ name: 'results' })} label={t('backToResults')} />
      <h1 className="kern-heading-large" ref={ref} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="kern-body fb-lead">{t('lead')}</p>
      <CompareButton />
      {result.plans.length === 0 ? (
        <p className="kern-body">{Object.keys(costs).length === 0 ? t('noCosts') : t('none')}</p>
      ) : (
        <>
          {!result.exact && <p className="kern-body">{t('notExact')}</p>}
          {result.plans.slice(0, TOP).map((plan, i) => (
            <Fragment key={plan.key}>
              <PlanView
                plan={plan}
                n={i + 1}
                names={names}
                applicantLabel={applicantLabel}
                questions={questions}
                steps={steps}
                lang={lang}
              />
              <Alternatives plan={plan} n={i + 1} names={names} lang={lang} />
            </Fragment>
          ))}
          {result.pareto.length > 1 && (
            <section aria-labelledby="pareto-title">
              <h2 className="kern-heading-medium" id="pareto-title">
                {t('pareto.title')}
              </h2>
              <ul className="kern-list">
                {result.pareto.map((p) => (
                  <li key={p.size}>
                    {t('pareto.item', { count: p.size, funding: formatEuro(p.funding, lang) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {/* Also without a plan: a programme that fits but fixes no euro is still one to ask about. */}
      <OpenAmounts
        items={result.openAmounts}
        names={names}
        lang={lang}
        programs={recommendation.programs}
      />
      <AwaitingCalls items={awaitingCall(recommendation)} names={names} lang={lang} />
      <CopyLink />
      <Downloads />
    </>
  )
}

/** "oder: …": programmes that could stand in for one of the plan's with the same euros. */
function Alternatives({
  plan,
  n,
  names,
  lang,
}: {
  plan: FinancingPlan
  n: number
  names: ReadonlyMap<string, string>
  lang: Lang
}) {
  const { t } = useTranslation('combinations')
  if (!plan.alternatives?.length) return null
  return (
    <div className="fb-plan-alternatives">
      <p className="kern-body kern-body--bold" id={`alternatives-${n}`}>
        {t('alternatives.label', { n })}
      </p>
      <ul className="kern-list" aria-labelledby={`alternatives-${n}`}>
        {plan.alternatives.map((a) => (
          <li key={`${a.replaces}+${a.programId}`}>
            {t(a.lessCertain ? 'alternatives.itemLessCertain' : 'alternatives.item', {
              name: names.get(a.replaces) ?? a.replaces,
              alternative: names.get(a.programId) ?? a.name[lang],
              amount: formatEuro(a.amount, lang),
              certainty: a.certainty ? t(`rank.certainty.${a.certainty}`) : '',
            })}
          </li>
        ))}
      </ul>
    </div>
  )
}

function CompareButton() {
  const { t } = useTranslation('compare')
  const count = useAppStore((s) => s.chosen.length)
  const goTo = useAppStore((s) => s.goTo)
  return (
    <div className="fb-actions">
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => goTo({ name: 'compare' })}
      >
        <span className="kern-label">{t('open', { count })}</span>
      </button>
    </div>
  )
}
