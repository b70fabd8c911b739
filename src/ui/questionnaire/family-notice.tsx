import { useTranslation } from 'react-i18next'
import type { Level, Verdicts } from '../../domain/index'

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
    <div className="kern-alert kern-alert--info" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <h2 className="kern-title">{t('family.title')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('family.lead')}</p>
        <ul className="kern-list">
          {ruledOut.map(({ level, reason }) => (
            <li key={level} className="kern-body">
              {t('family.item', { family: tc(`levels.${level}`), reason })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
