import { useTranslation } from 'react-i18next'
import { describeRecommendation, exportJson, plansCsv, resultsCsv } from '../../domain/index'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useAppStore } from '../store-context'
import { downloadText } from './download'
import { shareUrl, useShareFragment } from './use-share'
import { useChosenPlans } from './use-chosen-plans'

/** The result and plan exports (CSV, JSON) as labelled actions; `stamp` starts each file name. */
export function useExportButtons(stamp: string): { label: string; run: () => void }[] {
  const { t } = useTranslation('share')
  const { catalogue, questions } = useData()
  const recommendation = useRecommendation()
  const answers = useAppStore((s) => s.answers)
  const lang = useAppStore((s) => s.lang)
  const { fragment } = useShareFragment()
  const { plans: chosen, outside } = useChosenPlans()
  // The exports list the search's plans and, after them, the marked ones it no longer lists.
  const exported = {
    ...recommendation,
    combinations: {
      ...recommendation.combinations,
      plans: [...recommendation.combinations.plans, ...chosen.filter((p) => outside.has(p.key))],
    },
  }
  const csv = 'text/csv;charset=utf-8'
  return [
    {
      label: t('downloads.resultsCsv'),
      run: () => downloadText(`${stamp}-ergebnis.csv`, resultsCsv(recommendation, lang), csv),
    },
    {
      label: t('downloads.plansCsv'),
      run: () =>
        downloadText(`${stamp}-plaene.csv`, plansCsv(exported.combinations.plans, lang), csv),
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
}
