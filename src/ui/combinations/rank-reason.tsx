import { useTranslation } from 'react-i18next'
import { formatEuro, type FinancingPlan, type Lang } from '../../domain/index'

interface Props {
  plan: FinancingPlan
  /** The plan's place in the list, 1-based. */
  n: number
  names: ReadonlyMap<string, string>
  lang: Lang
}

/**
 * "Warum vorn: …": why the plan stands where it stands (issue 12), and how sure its money is.
 * The domain gives the reason as a code with figures; the words live here, in both languages.
 */
export function RankReasonLine({ plan, n, names, lang }: Props) {
  const { t } = useTranslation('combinations')
  const reason = plan.rankReason
  const certainty = plan.certainty
  if (!reason || !certainty) return null
  const euro = (v: number) => formatEuro(v, lang)
  const next = reason.next
  const text = t(`rank.reason.${reason.code}`, {
    next: n + 1,
    nextName: next ? (names.get(next.programId) ?? next.programId) : '',
    nextCertainty: next ? t(`rank.certainty.${next.certainty}`) : '',
    amount: euro(Math.abs(reason.difference ?? 0)),
    percent: reason.percent ?? 0,
    weighted: euro(reason.weighted ?? 0),
    nextWeighted: euro(reason.nextWeighted ?? 0),
  })
  const weighs = reason.code === 'surerMoney' || reason.code === 'materiallyMore'
  return (
    <p className="kern-body fb-rank-reason">
      <strong>{n === 1 ? t('rank.labelFirst') : t('rank.labelOther', { n })}</strong> {text}{' '}
      {certainty.tier === 0
        ? t('rank.sure')
        : t('rank.weakest', {
            name: names.get(certainty.programId) ?? certainty.programId,
            certainty: t(`rank.certainty.${certainty.certainty}`),
          })}
      {weighs && <> {t('rank.weights')}</>}
    </p>
  )
}
