import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  describeRecommendation,
  exportJson,
  markedPlans,
  plansCsv,
  resultsCsv,
  roadmapEvents,
  type FinancingPlan,
  type PlanProblem,
} from '../../domain/index'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useAppStore } from '../store-context'
import { downloadText } from './download'
import { shareUrl, useShareFragment } from './use-share'

export interface ChosenPlans {
  /** The marked plans that can be formed, in marking order. */
  plans: FinancingPlan[]
  /** Keys of those no longer in the search's top 10: evaluated directly. */
  outside: ReadonlySet<string>
  /** The marks that cannot be formed any more, each with its reason. */
  unformable: { key: string; problem: PlanProblem }[]
}

/**
 * The marked plans in marking order. A mark the search's list no longer holds (a shared link
 * opened with other answers or a newer catalogue) is evaluated directly, not dropped.
 */
export function useChosenPlans(): ChosenPlans {
  const { catalogue, questionnaire, today } = useData()
  const recommendation = useRecommendation()
  const answers = useAppStore((s) => s.answers)
  const chosen = useAppStore((s) => s.chosen)
  return useMemo(() => {
    const marked = markedPlans(catalogue, questionnaire, answers, chosen, {
      today,
      top: recommendation.combinations.plans,
    })
    return {
      plans: marked.flatMap((m) => (m.plan ? [m.plan] : [])),
      outside: new Set(marked.flatMap((m) => (m.plan && !m.inTop ? [m.key] : []))),
      unformable: marked.flatMap((m) => (m.plan ? [] : [{ key: m.key, problem: m.problem }])),
    }
  }, [catalogue, questionnaire, answers, chosen, today, recommendation])
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
  const { plans: chosen, outside } = useChosenPlans()
  const plans = chosen.length > 0 ? chosen : recommendation.combinations.plans.slice(0, 1)
  // The exports list the search's plans and, after them, the marked ones it no longer lists.
  const exported = {
    ...recommendation,
    combinations: {
      ...recommendation.combinations,
      plans: [...recommendation.combinations.plans, ...chosen.filter((p) => outside.has(p.key))],
    },
  }
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
          plansCsv(exported.combinations.plans, lang),
          'text/csv;charset=utf-8',
        ),
    },
    {
      label: t('downloads.resultsJson'),
      run: () => {
        // The export carries the result in words, in the language on screen.
        const results = describeRecommendation(exported, { lang, questions })
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
