import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { awaitingCall, formatAnswer, formatDate } from '../../domain/index'
import { BackLink } from '../components/back-link'
import { AwaitingCalls } from '../combinations/awaiting-call'
import { OpenAmounts } from '../combinations/open-amounts'
import { PlanView } from '../combinations/plan-view'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useEffectiveAnswers, useVisibleSteps } from '../hooks/use-visible-steps'
import { useDocumentTitle, usePageFocus } from '../hooks/use-page-focus'
import { useChosenPlans } from '../share/downloads'
import { MarkedNotes } from '../share/marked-notes'
import { useAppStore } from '../store-context'

/**
 * A council handout (Gemeinderatsvorlage), laid out for printing by the print stylesheet. It
 * leads with what the council decides, the chosen plan; the answers follow as an appendix.
 */
export function HandoutScreen() {
  const { t } = useTranslation('handout')
  const { t: tc } = useTranslation()
  const { catalogue, questions, today } = useData()
  const lang = useAppStore((s) => s.lang)
  const goTo = useAppStore((s) => s.goTo)
  const answers = useEffectiveAnswers()
  const steps = useVisibleSteps()
  const recommendation = useRecommendation()
  const ref = usePageFocus<HTMLHeadingElement>('handout')
  useDocumentTitle(t('title'), tc('appName'))
  const { plans: chosen, outside, unformable } = useChosenPlans()
  const plan = chosen[0]
  // The plan keeps its place in the list, so "Warum auf Platz n" reads as on the screen; the
  // handout shows no other plan, so the reason names the next one's programmes.
  const list = recommendation.combinations.plans
  const place = plan ? list.findIndex((p) => p.key === plan.key) : -1

  const programs = useMemo(
    () => new Map(catalogue.programs.map((p) => [p.id, p] as const)),
    [catalogue],
  )
  const names = useMemo(
    () => new Map(catalogue.programs.map((p) => [p.id, p.shortName ?? p.name[lang]] as const)),
    [catalogue, lang],
  )
  const organisations = questions.get('organisations')
  const applicantLabel = (v: string) =>
    organisations?.options?.find((o) => o.value === v)?.label[lang] ?? v
  const cited = plan
    ? plan.programs
    : recommendation.programs.filter((p) => p.verdict === 'eligible').map((p) => p.id)

  return (
    <article className="fb-handout">
      <BackLink onClick={() => goTo({ name: 'combinations' })} label={t('back')} />
      <h1 className="kern-heading-large" ref={ref} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="kern-body fb-no-print">{t('lead')}</p>
      <p className="kern-body">
        {t('printedOn', { date: formatDate(today, lang) })} ·{' '}
        {t('catalogueAsOf', { date: formatDate(catalogue.asOf, lang) })}
      </p>
      <div className="fb-actions fb-no-print">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => window.print()}>
          <span className="kern-label">{t('print')}</span>
        </button>
      </div>

      <h2 className="kern-heading-medium">{t('combination')}</h2>
      <MarkedNotes plans={chosen.slice(0, 1)} outside={outside} unformable={unformable} />
      {plan ? (
        <PlanView
          plan={plan}
          n={place + 1}
          nextPlan={list[place + 1]}
          names={names}
          applicantLabel={applicantLabel}
          questions={questions}
          steps={steps}
          lang={lang}
        />
      ) : (
        <p className="kern-body">{t('noCombination')}</p>
      )}
      <OpenAmounts
        items={recommendation.combinations.openAmounts}
        names={names}
        lang={lang}
        programs={recommendation.programs}
      />
      <AwaitingCalls items={awaitingCall(recommendation)} names={names} lang={lang} />

      <h2 className="kern-heading-medium">{t('sources')}</h2>
      <ul className="kern-list">
        {cited.map((id) => {
          const program = programs.get(id)
          if (!program) return null
          return (
            <li key={id}>
              <strong>{program.name[lang]}</strong> (
              {t('lastChecked', { date: formatDate(program.lastChecked, lang) })})
              <ul className="kern-list">
                {program.sources.map((s) => (
                  <li key={s.url}>
                    {t('sourceItem', { title: s.title, date: formatDate(s.asOf, lang) })}:{' '}
                    <a className="kern-link" href={s.url} rel="noopener noreferrer" target="_blank">
                      {s.url}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>

      {/* The appendix starts on a page of its own in print. */}
      <h2 className="kern-heading-medium fb-handout__appendix">{t('answers')}</h2>
      <dl className="kern-description-list fb-handout__answers">
        {steps.flatMap((step) =>
          step.questions
            .filter((q) => answers[q.id] !== undefined)
            .map((q) => (
              <div key={q.id} className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{q.label[lang]}</dt>
                <dd className="kern-description-list-item__value">
                  {formatAnswer(q, answers[q.id]!, lang)}
                </dd>
              </div>
            )),
        )}
      </dl>
      <p className="kern-body kern-body--small">{t('disclaimer')}</p>
    </article>
  )
}
