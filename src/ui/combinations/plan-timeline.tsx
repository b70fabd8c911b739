import { useTranslation } from 'react-i18next'
import { formatDate, formatEuro, routeName, type Lang } from '../../domain/index'
import type {
  ApplicationTime,
  PlanTimeline,
  VerstetigungGap,
} from '../../domain/combinations/verstetigung'

interface Props {
  timeline: PlanTimeline
  names: ReadonlyMap<string, string>
  lang: Lang
  /** Prefix for heading ids, unique per plan on the page. */
  idPrefix: string
}

/** "Projektjahr 2" or "Projektjahre 2–4". */
export function useYearRange() {
  const { t } = useTranslation('combinations')
  return (years: readonly number[]) =>
    years.length === 1
      ? t('timeline.yearOne', { year: years[0] })
      : t('timeline.yearRange', { from: years[0], to: years[years.length - 1] })
}

/**
 * The plan over time: which programme funds which project year, in euros, and where the money
 * comes from when a programme pays per year or its amount is only spread for the overview. The
 * status is always written out, never shown by colour alone.
 */
export function PlanTimelineView({ timeline, names, lang, idPrefix }: Props) {
  const { t } = useTranslation('combinations')
  const { t: tc } = useTranslation()
  const range = useYearRange()
  const euro = (v: number) => formatEuro(v, lang)
  const titleId = `${idPrefix}-timeline`
  const basisText = (a: ApplicationTime) =>
    t(`timeline.basis.${a.basis}`, {
      name: names.get(a.programId) ?? a.name[lang],
      years: a.years.length > 0 ? range(a.years) : '',
      date: formatDate(a.starts, lang),
      amount: euro(a.amount),
    })
  return (
    <>
      <h3 className="kern-heading-small" id={titleId}>
        {t('timeline.title')}
      </h3>
      {timeline.projectYears === null ? (
        <p className="kern-body">{t('timeline.noYears')}</p>
      ) : (
        <div className="fb-table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
          <table className="kern-table kern-table--small fb-year-table">
            <caption className="kern-title">{t('timeline.caption')}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t('timeline.year')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('timeline.funders')}
                </th>
                <th className="kern-table__header kern-table__header--numeric" scope="col">
                  {t('timeline.sum')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {timeline.years.map((y) => (
                <tr key={y.year} className="kern-table__row">
                  <th className="kern-table__header" scope="row">
                    {t('timeline.yearLabel', { year: y.year, date: formatDate(y.from, lang) })}
                  </th>
                  <td className="kern-table__cell">
                    {y.status === 'funded' ? (
                      <ul className="fb-compare__list">
                        {y.funders.map((f) => (
                          <li key={f.programId}>
                            {names.get(f.programId) ?? f.programId}: {euro(f.amount)}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t(`timeline.status.${y.status}`)
                    )}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {y.status === 'funded'
                      ? euro(y.funders.reduce((s, f) => s + f.amount, 0))
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {timeline.applications.length > 0 && (
        <ul className="kern-list" aria-label={t('timeline.basisTitle')}>
          {timeline.applications.map((a) => (
            <li key={a.programId}>
              {basisText(a)}
              {a.follows && (
                <>
                  {' '}
                  {t('timeline.follows', {
                    name: names.get(a.programId) ?? a.name[lang],
                    previous: names.get(a.follows) ?? a.follows,
                  })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {timeline.sequence && (
        <p className="kern-body">
          {t('timeline.periods', {
            periods: timeline.periods
              .map((p) =>
                t('timeline.period', {
                  phase: tc(`phases.${p.phase}`),
                  own: euro(p.ownShare),
                  costs: euro(p.costs),
                }),
              )
              .join('; '),
          })}
        </p>
      )}
      {timeline.gap && (
        <GapView gap={timeline.gap} lang={lang} idPrefix={idPrefix} from={timeline.years} />
      )}
    </>
  )
}

function GapView({
  gap,
  lang,
  idPrefix,
  from,
}: {
  gap: VerstetigungGap
  lang: Lang
  idPrefix: string
  from: PlanTimeline['years']
}) {
  const { t } = useTranslation('combinations')
  const euro = (v: number) => formatEuro(v, lang)
  const titleId = `${idPrefix}-gap`
  const routesId = `${idPrefix}-routes`
  const yearText = gap.years
    .map((year) =>
      t('timeline.yearLabel', {
        year,
        date: formatDate(from.find((y) => y.year === year)!.from, lang),
      }),
    )
    .join('; ')
  return (
    <section className="fb-gap" aria-labelledby={titleId}>
      <h3 className="kern-heading-small" id={titleId}>
        {t(gap.endsEarly ? 'gap.titleEnds' : 'gap.title')}
      </h3>
      <p className="kern-body">{t('gap.lead')}</p>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('gap.years')}</dt>
          <dd className="kern-description-list-item__value">{yearText || t('gap.noYears')}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('gap.consolidation')}</dt>
          <dd className="kern-description-list-item__value">
            {gap.consolidationCosts > 0
              ? t('gap.consolidationValue', {
                  gap: euro(gap.unfundedConsolidation),
                  costs: euro(gap.consolidationCosts),
                })
              : t('gap.noConsolidationCosts')}
          </dd>
        </div>
      </dl>
      <h4 className="kern-heading-small" id={routesId}>
        {t('gap.routes')}
      </h4>
      <p className="kern-body">{t('gap.routesLead')}</p>
      <ul className="kern-list" aria-labelledby={routesId}>
        {gap.routes.map((r) => (
          <li key={r.programId ?? r.kind}>
            {r.kind === 'municipalBudget' ? (
              <strong>{routeName(r, lang)}</strong>
            ) : (
              <>
                {t(`gap.kind.${r.kind}`)}: {routeName(r, lang)}
                {r.verdict === 'open' && <> ({t('gap.open')})</>}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
