import { useTranslation } from 'react-i18next'
import {
  formatEuro,
  type Lang,
  type OpenAmount,
  type ProgramRecommendation,
} from '../../domain/index'

/** Deadline states that name no next application date: no call known, or calls without rhythm. */
const NO_DATE: ReadonlySet<string> = new Set(['unknown', 'irregular'])

/**
 * Programmes that fit the costs but publish no rate: named beside the plans, never summed into
 * them, so a council sees the gap in the rules rather than a guessed figure. Where no next
 * application date is known either, the item says so.
 */
export function OpenAmounts({
  items,
  names,
  lang,
  programs,
}: {
  items: readonly OpenAmount[] | undefined
  names: ReadonlyMap<string, string>
  lang: Lang
  /** The programmes' verdicts, for their deadline states. */
  programs: readonly ProgramRecommendation[]
}) {
  const { t } = useTranslation('combinations')
  if (!items || items.length === 0) return null
  const undated = new Set(programs.filter((r) => NO_DATE.has(r.deadline.state)).map((r) => r.id))
  return (
    <section aria-labelledby="open-amounts-title" className="fb-open-amounts">
      <h2 className="kern-heading-medium" id="open-amounts-title">
        {t('openAmounts.title')}
      </h2>
      <p className="kern-body">{t('openAmounts.lead')}</p>
      <ul className="kern-list">
        {items.flatMap((item) =>
          item.parts.map(({ part, costs }) => (
            <li key={`${item.programId}:${part.id}`}>
              {t(part.maxAmount === null ? 'openAmounts.item' : 'openAmounts.itemUpTo', {
                name: names.get(item.programId) ?? item.programId,
                part: part.label ? ` – ${part.label[lang]}` : '',
                costs: formatEuro(costs, lang),
                max: part.maxAmount === null ? '' : formatEuro(part.maxAmount, lang),
              })}
              {undated.has(item.programId) && t('openAmounts.noDate')}
            </li>
          )),
        )}
      </ul>
    </section>
  )
}
