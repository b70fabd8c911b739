import { useTranslation } from 'react-i18next'
import { formatEuro, type FinancingPlan, type Lang, type PlanBlock } from '../../domain/index'

interface Column {
  key: string
  header: string
  /** Euros of this column in one cost block, and in all blocks together. */
  amount: (b: PlanBlock) => number
  total: number
}

/**
 * Euros per cost block (rows) and funder (columns: each programme, the own share, the costs).
 * The blocks are rows because their number grows with the answers, while a combination has only
 * a few programmes: the table stays narrow enough for A4. On a phone the stylesheet shows one
 * block per column ("fb-stack"): each cell carries its row's name for that, hidden from screen
 * readers, which get the same table as everyone else.
 */
export function PlanTable({
  plan,
  names,
  lang,
  caption,
}: {
  plan: FinancingPlan
  names: ReadonlyMap<string, string>
  lang: Lang
  caption: string
}) {
  const { t } = useTranslation('combinations')
  const { t: tc } = useTranslation()
  const funded = (programId: string, b: PlanBlock) =>
    plan.allocations
      .filter((a) => a.costType === b.costType && a.phase === b.phase && a.programId === programId)
      .reduce((sum, a) => sum + a.amount, 0)
  const columns: Column[] = [
    ...plan.programs.map((id) => ({
      key: id,
      header: names.get(id) ?? id,
      amount: (b: PlanBlock) => funded(id, b),
      total: plan.allocations.filter((a) => a.programId === id).reduce((s, a) => s + a.amount, 0),
    })),
    {
      key: 'ownShare',
      header: t('table.ownShare'),
      amount: (b) => b.ownShare,
      total: plan.ownShare,
    },
    { key: 'costs', header: t('table.costs'), amount: (b) => b.costs, total: plan.totalCosts },
  ]
  const blockName = (b: PlanBlock) =>
    t('table.block', { costType: tc(`costTypes.${b.costType}`), phase: tc(`phases.${b.phase}`) })
  // An empty block reads as a dash, so the euros that matter stand out; on a phone it is left out.
  const cell = (key: string, label: string, n: number, empty = n === 0) => (
    <td
      key={key}
      role="cell"
      className={`kern-table__cell kern-table__cell--numeric${empty ? ' fb-stack__empty' : ''}`}
    >
      <span className="fb-stack__label" aria-hidden="true">
        {label}
      </span>
      {n === 0 ? '–' : formatEuro(n, lang)}
    </td>
  )
  return (
    // Focusable, so keyboard users can scroll a wide plan sideways. The roles repeat the table's
    // own: some browsers (Safari) drop table semantics once CSS changes a table's display.
    <div className="fb-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="kern-table kern-table--small fb-plan-table fb-stack" role="table">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__head" role="rowgroup">
          <tr className="kern-table__row" role="row">
            <th className="kern-table__header" scope="col" role="columnheader">
              {t('table.blockHeader')}
            </th>
            {columns.map((c) => (
              <th
                key={c.key}
                className="kern-table__header kern-table__header--numeric"
                scope="col"
                role="columnheader"
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body" role="rowgroup">
          {plan.blocks.map((b) => (
            <tr key={`${b.costType}.${b.phase}`} className="kern-table__row" role="row">
              <th className="kern-table__header" scope="row" role="rowheader">
                {blockName(b)}
              </th>
              {columns.map((c) => cell(c.key, blockName(b), c.amount(b)))}
            </tr>
          ))}
        </tbody>
        <tfoot className="kern-table__footer" role="rowgroup">
          <tr className="kern-table__row" role="row">
            <th className="kern-table__header" scope="row" role="rowheader">
              {t('table.total')}
            </th>
            {columns.map((c) => cell(c.key, t('table.total'), c.total, false))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
