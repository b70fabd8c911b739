import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BackLink } from '../components/back-link'
import { useYearRange } from '../combinations/plan-timeline'
import { useRankReason } from '../combinations/rank-reason'
import { useTimelineContext } from '../combinations/use-plan-timeline'
import { CompareTable } from '../compare/compare-table'
import { planTimeline, type VerstetigungGap } from '../../domain/combinations/verstetigung'
import { formatEuro, type FinancingPlan } from '../../domain/index'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useDocumentTitle, usePageFocus } from '../hooks/use-page-focus'
import { CopyLink } from '../share/copy-link'
import { Downloads, useChosenPlans } from '../share/downloads'
import { MarkedNotes } from '../share/marked-notes'
import { useAppStore } from '../store-context'

const MAX = 4

export function CompareScreen() {
  const { t } = useTranslation('compare')
  const { t: tc } = useTranslation()
  const { catalogue, questions } = useData()
  const lang = useAppStore((s) => s.lang)
  const goTo = useAppStore((s) => s.goTo)
  const ref = usePageFocus<HTMLHeadingElement>('compare')
  useDocumentTitle(t('title'), tc('appName'))
  const { plans: chosen, outside, unformable } = useChosenPlans()
  const plans = chosen.slice(0, MAX)
  const [baseline, setBaseline] = useState(0)
  const base = Math.min(baseline, Math.max(plans.length - 1, 0))

  const names = useMemo(
    () => new Map(catalogue.programs.map((p) => [p.id, p.shortName ?? p.name[lang]] as const)),
    [catalogue, lang],
  )
  const organisations = questions.get('organisations')
  // The columns are numbered by the order marked; the reason says the place in the list of
  // proposals and names the plan after it, which the table may not show.
  const list = useRecommendation().combinations.plans
  const rankReason = useRankReason(names, lang)
  const rank = (plan: FinancingPlan) => {
    const place = list.findIndex((p) => p.key === plan.key)
    const reason = place < 0 ? null : rankReason(plan, place + 1, list[place + 1])
    return reason && `${reason.label} ${reason.text}`
  }
  const timelineCtx = useTimelineContext()
  const range = useYearRange()
  const ctx = {
    lang,
    names,
    applicantLabel: (v: string) =>
      organisations?.options?.find((o) => o.value === v)?.label[lang] ?? v,
    none: t('none'),
    noDeadline: t('noDeadline'),
    expected: (date: string) => t('expected', { date }),
    timeline: (plan: FinancingPlan) => planTimeline(plan, timelineCtx),
    gapText: (gap: VerstetigungGap) =>
      [
        gap.years.length > 0 ? t('gapYears', { years: range(gap.years) }) : null,
        gap.unfundedConsolidation > 0
          ? t('gapEuros', { amount: formatEuro(gap.unfundedConsolidation, lang) })
          : null,
      ]
        .filter(Boolean)
        .join('; '),
    noGap: t('noGap'),
    rank,
  }

  return (
    <>
      <BackLink onClick={() => goTo({ name: 'combinations' })} label={t('back')} />
      <h1 className="kern-heading-large" ref={ref} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="kern-body fb-lead">{t('lead')}</p>
      <MarkedNotes plans={plans} outside={outside} unformable={unformable} />
      {chosen.length > MAX && <p className="kern-body">{t('tooMany')}</p>}
      {plans.length < 2 ? (
        <p className="kern-body">{t('needTwo')}</p>
      ) : (
        <>
          <div className="kern-form-input fb-no-print">
            <label className="kern-label" htmlFor="compare-baseline">
              {t('baseline')}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id="compare-baseline"
                className="kern-form-input__select"
                value={base}
                onChange={(e) => setBaseline(Number(e.target.value))}
              >
                {plans.map((plan, i) => (
                  <option key={plan.key} value={i}>
                    {t('column', { n: i + 1 })}:{' '}
                    {plan.programs.map((id) => names.get(id) ?? id).join(' + ')}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <CompareTable plans={plans} baseline={base} ctx={ctx} />
        </>
      )}
      <div className="fb-no-print">
        <CopyLink />
        <Downloads />
      </div>
    </>
  )
}
