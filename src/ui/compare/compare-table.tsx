import { useTranslation } from 'react-i18next'
import type { TimelineYear } from '../../domain/combinations/verstetigung'
import { formatEuro, type FinancingPlan } from '../../domain/index'
import { ROW_IDS, ROWS, type RowContext } from './compare-rows'

interface Props {
  plans: readonly FinancingPlan[]
  baseline: number
  ctx: RowContext
}

/**
 * Combinations side by side; cells that differ from the baseline column are highlighted. On a
 * phone the stylesheet shows one combination after another ("fb-stack", see plan-table.tsx).
 */
export function CompareTable({ plans, baseline, ctx: given }: Props) {
  const { t } = useTranslation('compare')
  const yearText = (y: TimelineYear) =>
    y.status === 'funded'
      ? t('year.funded', {
          year: y.year,
          amount: formatEuro(
            y.funders.reduce((sum, f) => sum + f.amount, 0),
            given.lang,
          ),
        })
      : t(`year.${y.status}`, { year: y.year })
  const ctx: RowContext = { yearText, noYears: t('year.noYears'), ...given }
  return (
    <div className="fb-compare" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="kern-table fb-compare__table fb-stack" role="table">
        <caption id="compare-caption">{t('caption')}</caption>
        <thead className="kern-table__head" role="rowgroup">
          <tr className="kern-table__row" role="row">
            <th scope="col" className="kern-table__header" role="columnheader">
              {t('criterion')}
            </th>
            {plans.map((plan, i) => (
              <th key={plan.key} scope="col" className="kern-table__header" role="columnheader">
                {t('column', { n: i + 1 })}
                {i === baseline && <> ({t('baseline')})</>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body" role="rowgroup">
          {ROW_IDS.map((row) => {
            const base = ROWS[row](plans[baseline]!, ctx)
            return (
              <tr key={row} className="kern-table__row" role="row">
                <th scope="row" className="kern-table__header" role="rowheader">
                  {t(`rows.${row}`)}
                </th>
                {plans.map((plan, i) => {
                  const cell = ROWS[row](plan, ctx)
                  const differs = i !== baseline && cell.key !== base.key
                  const delta =
                    differs && cell.amount !== undefined && base.amount !== undefined
                      ? cell.amount - base.amount
                      : null
                  return (
                    <td
                      key={plan.key}
                      className={`kern-table__cell${differs ? ' fb-differs' : ''}`}
                      role="cell"
                    >
                      <span className="fb-stack__label" aria-hidden="true">
                        {t(`rows.${row}`)}
                      </span>
                      {delta !== null ? (
                        t('delta', {
                          value: cell.text,
                          delta: `${delta > 0 ? '+' : '−'}${formatEuro(Math.abs(delta), ctx.lang)}`,
                        })
                      ) : cell.items && cell.items.length > 1 ? (
                        <ul className="fb-compare__list">
                          {cell.items.map((item) => (
                            <li key={item}>{item}</li>
                          ))}
                        </ul>
                      ) : (
                        cell.text
                      )}
                      {differs && <span className="kern-sr-only"> ({t('differs')})</span>}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
