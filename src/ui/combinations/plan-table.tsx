import { useTranslation } from 'react-i18next'
import {
  COST_TYPES,
  formatEuro,
  PHASES,
  type CostMatrix,
  type FinancingPlan,
  type Lang,
} from '../../domain/index'

interface Block {
  costType: (typeof COST_TYPES)[number]
  phase: (typeof PHASES)[number]
  key: string
}

/** Euros per programme and cost block, with the own share that remains in each block. */
export function PlanTable({
  plan,
  costs,
  names,
  lang,
  caption,
}: {
  plan: FinancingPlan
  costs: CostMatrix
  names: ReadonlyMap<string, string>
  lang: Lang
  caption: string
}) {
  const { t } = useTranslation('combinations')
  const { t: tc } = useTranslation()
  const costOf = (b: Block) => costs[b.costType]?.[b.phase] ?? 0
  const funded = (programId: string | null, b: Block) =>
    plan.allocations
      .filter((a) => a.costType === b.costType && a.phase === b.phase)
      .filter((a) => programId === null || a.programId === programId)
      .reduce((sum, a) => sum + a.amount, 0)
  const blocks: Block[] = PHASES.flatMap((phase) =>
    COST_TYPES.map((costType) => ({ costType, phase, key: `${costType}.${phase}` })),
  ).filter((b) => costOf(b) > 0 || funded(null, b) > 0)
  // An empty block reads as a dash, so the euros that matter stand out.
  const euro = (n: number) => (n === 0 ? '–' : formatEuro(n, lang))
  const num = 'kern-table__cell kern-table__cell--numeric'
  return (
    // Focusable, so keyboard users can scroll a wide plan sideways.
    <div className="fb-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="kern-table kern-table--small fb-plan-table">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">
              {t('table.programme')}
            </th>
            {blocks.map((b) => (
              <th
                key={b.key}
                className="kern-table__header kern-table__header--numeric"
                scope="col"
              >
                {t('table.block', {
                  costType: tc(`costTypes.${b.costType}`),
                  phase: tc(`phases.${b.phase}`),
                })}
              </th>
            ))}
            <th className="kern-table__header kern-table__header--numeric" scope="col">
              {t('table.total')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {plan.programs.map((id) => (
            <tr key={id} className="kern-table__row">
              <th className="kern-table__header" scope="row">
                {names.get(id) ?? id}
              </th>
              {blocks.map((b) => (
                <td key={b.key} className={num}>
                  {euro(funded(id, b))}
                </td>
              ))}
              <td className={num}>
                {euro(
                  plan.allocations
                    .filter((a) => a.programId === id)
                    .reduce((s, a) => s + a.amount, 0),
                )}
              </td>
            </tr>
          ))}
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="row">
              {t('table.ownShare')}
            </th>
            {blocks.map((b) => (
              <td key={b.key} className={num}>
                {euro(Math.max(0, costOf(b) - funded(null, b)))}
              </td>
            ))}
            <td className={num}>{euro(plan.ownShare)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="row">
              {t('table.costs')}
            </th>
            {blocks.map((b) => (
              <td key={b.key} className={num}>
                {euro(costOf(b))}
              </td>
            ))}
            <td className={num}>{euro(plan.totalCosts)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
