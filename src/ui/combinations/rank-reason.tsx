import { useTranslation } from 'react-i18next'
import { formatEuro, type FinancingPlan, type Lang } from '../../domain/index'

/** "Warum vorn:" (or "Warum auf Platz n:") and the sentence that follows it. */
export interface RankReasonText {
  label: string
  text: string
}

/**
 * "Warum vorn: …": why a plan stands where it stands (issue 12), and how sure its money is. The
 * domain gives the reason as a code with figures; the words live here, in both languages. Where
 * the next combination is not shown beside the reason (the handout, the compare view), pass it:
 * the reason then names its programmes rather than a number the reader cannot look up.
 */
export function useRankReason(names: ReadonlyMap<string, string>, lang: Lang) {
  const { t } = useTranslation('combinations')
  const euro = (v: number) => formatEuro(v, lang)
  const nameOf = (id: string) => names.get(id) ?? id
  return (plan: FinancingPlan, n: number, nextPlan?: FinancingPlan): RankReasonText | null => {
    const reason = plan.rankReason
    const certainty = plan.certainty
    if (!reason || !certainty) return null
    const next = reason.next
    const because = t(`rank.reason.${reason.code}`, {
      next: nextPlan
        ? t('rank.nextNamed', { n: n + 1, names: nextPlan.programs.map(nameOf).join(' + ') })
        : n + 1,
      nextName: next ? nameOf(next.programId) : '',
      nextCertainty: next ? t(`rank.certainty.${next.certainty}`) : '',
      amount: euro(Math.abs(reason.difference ?? 0)),
      percent: reason.percent ?? 0,
      weighted: euro(reason.weighted ?? 0),
      nextWeighted: euro(reason.nextWeighted ?? 0),
    })
    const sure =
      certainty.tier === 0
        ? t('rank.sure')
        : t('rank.weakest', {
            name: nameOf(certainty.programId),
            certainty: t(`rank.certainty.${certainty.certainty}`),
          })
    const weighs = reason.code === 'surerMoney' || reason.code === 'materiallyMore'
    return {
      label: n === 1 ? t('rank.labelFirst') : t('rank.labelOther', { n }),
      text: [because, sure, ...(weighs ? [t('rank.weights')] : [])].join(' '),
    }
  }
}

interface Props {
  plan: FinancingPlan
  /** The plan's place in the list, 1-based. */
  n: number
  names: ReadonlyMap<string, string>
  lang: Lang
  /** The plan ranked after this one, when the reader does not see it next to this one. */
  nextPlan?: FinancingPlan | undefined
}

export function RankReasonLine({ plan, n, names, lang, nextPlan }: Props) {
  const reason = useRankReason(names, lang)(plan, n, nextPlan)
  if (!reason) return null
  return (
    <p className="kern-body fb-rank-reason">
      <strong>{reason.label}</strong> {reason.text}
    </p>
  )
}
