import { useTranslation } from 'react-i18next'
import type { Level, Verdicts } from '../../domain/index'
import { Notice } from '../components/notice'

/**
 * Early word that a whole programme family (e.g. foundations and lotteries) cannot fit and why,
 * so nobody fills in the rest of the questionnaire hoping for it.
 */
export function FamilyNotice({ recommendation }: { recommendation: Verdicts }) {
  const { t } = useTranslation('questionnaire')
  const { t: tc } = useTranslation()
  const byLevel = new Map<Level, Verdicts['programs']>()
  for (const p of recommendation.programs) {
    if (p.status === 'closed') continue
    byLevel.set(p.level, [...(byLevel.get(p.level) ?? []), p])
  }
  const ruledOut = [...byLevel].flatMap(([level, programs]) => {
    if (!programs.every((p) => p.verdict === 'ineligible')) return []
    const reasons = [
      ...new Set(programs.map((p) => p.criteria.find((c) => c.outcome === 'failed')?.reason ?? '')),
    ].filter(Boolean)
    return [{ level, reason: reasons[0] ?? '' }]
  })
  if (ruledOut.length === 0) return null
  return (
    <Notice kind="info" title={t('family.title')} role="status">
      <p className="kern-body">{t('family.lead')}</p>
      <ul className="kern-list">
        {ruledOut.map(({ level, reason }) => (
          <li key={level} className="kern-body">
            {t('family.item', { family: tc(`levels.${level}`), reason })}
          </li>
        ))}
      </ul>
    </Notice>
  )
}
