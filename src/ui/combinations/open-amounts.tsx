import { useTranslation } from 'react-i18next'
import { formatEuro, type Lang, type OpenAmount } from '../../domain/index'

/**
 * Programmes that fit the costs but publish no rate: named beside the plans, never summed into
 * them, so a council sees the gap in the rules rather than a guessed figure.
 */
export function OpenAmounts({
  items,
  names,
  lang,
}: {
  items: readonly OpenAmount[] | undefined
  names: ReadonlyMap<string, string>
  lang: Lang
}) {
  const { t } = useTranslation('combinations')
  if (!items || items.length === 0) return null
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
            </li>
          )),
        )}
      </ul>
    </section>
  )
}
