import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  describeRecommendation,
  exportJson,
  plansCsv,
  resultsCsv,
  roadmapEvents,
  type FinancingPlan,
} from '../../domain/index'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useAppStore } from '../store-context'
import { downloadText } from './download'
import { shareUrl, useShareFragment } from './use-share'

/** The marked plans in marking order; without a mark, the best plan stands in. */
export function useChosenPlans(): { plans: FinancingPlan[]; missing: number } {
  const recommendation = useRecommendation()
  const chosen = useAppStore((s) => s.chosen)
  const all = recommendation.combinations.plans
  const found = chosen
    .map((key) => all.find((p) => p.key === key))
    .filter((p): p is FinancingPlan => p !== undefined)
  return { plans: found, missing: chosen.length - found.length }
}

/** Download buttons: results and plans as CSV and JSON, the roadmap's deadlines as .ics. */
export function Downloads() {
  const { t } = useTranslation('share')
  const { catalogue, questions, today } = useData()
  const recommendation = useRecommendation()
  const answers = useAppStore((s) => s.answers)
  const lang = useAppStore((s) => s.lang)
  const goTo = useAppStore((s) => s.goTo)
  const { fragment } = useShareFragment()
  const { plans: chosen } = useChosenPlans()
  const plans = chosen.length > 0 ? chosen : recommendation.combinations.plans.slice(0, 1)
  const events = plans.flatMap((p) => roadmapEvents(p, catalogue, lang))
  const stamp = `foerderbaukasten-${today}`

  const buttons = [
    {
      label: t('downloads.resultsCsv'),
      run: () =>
        downloadText(
          `${stamp}-ergebnis.csv`,
          resultsCsv(recommendation, lang),
          'text/csv;charset=utf-8',
        ),
    },
    {
      label: t('downloads.plansCsv'),
      run: () =>
        downloadText(
          `${stamp}-plaene.csv`,
          plansCsv(recommendation.combinations.plans, lang),
          'text/csv;charset=utf-8',
        ),
    },
    {
      label: t('downloads.resultsJson'),
      run: () => {
        // The export carries the result in words, in the language on screen.
        const results = describeRecommendation(recommendation, { lang, questions })
        downloadText(
          `${stamp}.json`,
          exportJson({
            exportedAt: new Date().toISOString(),
            catalogueAsOf: catalogue.asOf,
            shareLink: shareUrl(fragment),
            answers,
            results,
            plans: results.combinations.plans,
          }),
          'application/json',
        )
      },
    },
  ]
  const [icsFailed, setIcsFailed] = useState(false)
  // The calendar writer and its validation library load on first use: few visitors need them.
  const ics = async () => {
    try {
      const { icsFile } = await import('../../export/ics-file')
      const file = icsFile(events, lang, new Date())
      if (!file.ok) throw new Error(file.message)
      setIcsFailed(false)
      downloadText(`${stamp}-fristen.ics`, file.text, 'text/calendar;charset=utf-8')
    } catch {
      setIcsFailed(true)
    }
  }

  return (
    <section className="fb-downloads" aria-labelledby="downloads-title">
      <h2 className="kern-heading-small" id="downloads-title">
        {t('downloads.title')}
      </h2>
      <div className="fb-actions">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={b.run}
          >
            <span className="kern-label">{b.label}</span>
          </button>
        ))}
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => void ics()}
          disabled={events.length === 0}
        >
          <span className="kern-label">{t('downloads.ics')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => goTo({ name: 'handout' })}
        >
          <span className="kern-label">{t('downloads.handout')}</span>
        </button>
      </div>
      {icsFailed && (
        <p className="kern-body kern-body--small" role="alert">
          {t('downloads.icsFailed')}
        </p>
      )}
      {events.length === 0 && (
        <p className="kern-body kern-body--small">{t('downloads.icsNone')}</p>
      )}
    </section>
  )
}
