import { useTranslation } from 'react-i18next'
import type { FinancingPlan, Lang } from '../../domain/index'
import { useData } from '../data-context'

/**
 * What the sources leave open about the plan's programmes (their `unknowns`): the amounts above
 * are computed without it, and a council should see it before it decides. The texts come with
 * the catalogue's details, which the plan screens load first.
 */
export function PlanUnknowns({
  plan,
  names,
  lang,
  id,
}: {
  plan: FinancingPlan
  names: ReadonlyMap<string, string>
  lang: Lang
  id: string
}) {
  const { t } = useTranslation('combinations')
  const { catalogue } = useData()
  const items = plan.programs.flatMap((programId) => {
    const program = catalogue.programs.find((p) => p.id === programId)
    return (program?.unknowns ?? []).map((text, i) => ({
      key: `${programId}-${i}`,
      name: names.get(programId) ?? programId,
      text: text[lang],
    }))
  })
  if (items.length === 0) return null
  return (
    <>
      <h3 className="kern-heading-small" id={id}>
        {t('unknowns.title')}
      </h3>
      <p className="kern-body">{t('unknowns.lead')}</p>
      <ul className="kern-list" aria-labelledby={id}>
        {items.map((item) => (
          <li key={item.key}>
            <strong>{item.name}:</strong> {item.text}
          </li>
        ))}
      </ul>
    </>
  )
}
