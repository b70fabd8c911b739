import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Program, ProgramRecommendation } from '../../domain/index'
import { AsOfNotice } from '../components/as-of-notice'
import { BackLink } from '../components/back-link'
import { useData } from '../data-context'
import { SearchProgress } from '../components/search-progress'
import { useDeferredRecommendation } from '../hooks/use-deferred-recommendation'
import { useVerdicts } from '../hooks/use-derived'
import { useVisibleSteps } from '../hooks/use-visible-steps'
import { useRevealedLater } from '../hooks/use-revealed-later'
import { useDocumentTitle, usePageFocus } from '../hooks/use-page-focus'
import { Filters, matchesFilter } from '../results/filters'
import { ProgramCard } from '../results/program-card'
import { WithDetails } from '../components/with-details'
import { CopyLink } from '../share/copy-link'
import { Downloads } from '../share/downloads'
import { useAppStore } from '../store-context'

const GROUPS = ['eligible', 'open', 'ineligible', 'closed'] as const
type Group = (typeof GROUPS)[number]
/** Groups whose cards may follow a moment after the page is shown. */
const LATER: ReadonlySet<Group> = new Set(['ineligible', 'closed'])
/**
 * Cards in the screen's first render: more than a phone's or a laptop's first screenful shows.
 * The others follow right after it is painted; each card costs render, style and layout time
 * that a share link's first paint would otherwise wait for (9 cards took ≈ 0.5 s at 4× CPU).
 */
const FIRST_CARDS = 3

// Closed programmes form their own history group, so they never appear as a recommendation.
const groupOf = (rec: ProgramRecommendation): Group =>
  rec.status === 'closed' ? 'closed' : rec.verdict

export function ResultsScreen() {
  const { t } = useTranslation('results')
  const { t: tc } = useTranslation()
  const { catalogue, questions } = useData()
  // With the search: a programme's place in the list follows its amount in the best plan, and the
  // downloads share its result. It runs once the verdicts are on screen (a share link's results
  // show without waiting for it); until then the order is by what each programme's terms allow.
  const verdicts = useVerdicts()
  const { recommendation: searched, runner } = useDeferredRecommendation()
  // Results are language-free (texts are rendered per card), so a finished search always fits.
  const recommendation = searched ?? verdicts
  const revealed = useRevealedLater()
  const steps = useVisibleSteps()
  const lang = useAppStore((s) => s.lang)
  const goTo = useAppStore((s) => s.goTo)
  // Kept in the saved inputs, so a reload shows the same list.
  const filter = useAppStore((s) => s.resultsFilter)
  const setFilter = useAppStore((s) => s.setResultsFilter)
  const ref = usePageFocus<HTMLHeadingElement>('results')
  useDocumentTitle(t('title'), tc('appName'))

  const programs = useMemo(
    () => new Map(catalogue.programs.map((p) => [p.id, p] as const)),
    [catalogue],
  )
  const counts = Object.fromEntries(
    GROUPS.map((g) => [g, recommendation.programs.filter((r) => groupOf(r) === g).length]),
  ) as Record<Group, number>
  const shown = recommendation.programs.filter((r) =>
    matchesFilter(programs.get(r.id) as Program, filter),
  )

  return (
    <>
      <BackLink onClick={() => goTo({ name: 'review' })} label={tc('nav.review')} />
      <h1 className="kern-heading-large" ref={ref} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="kern-body fb-lead">
        {t('lead', { eligible: counts.eligible, open: counts.open, ineligible: counts.ineligible })}
      </p>
      <AsOfNotice />
      <div className="fb-actions">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => goTo({ name: 'combinations' })}
        >
          <span className="kern-label">{t('toCombinations')}</span>
        </button>
      </div>
      <CopyLink />
      {runner}
      <SearchProgress searching={recommendation !== searched} />
      <Filters
        filter={filter}
        onChange={setFilter}
        programs={catalogue.programs}
        themeQuestion={questions.get('themes')}
        lang={lang}
        shown={shown.length}
      />
      {cardsByGroup(shown, revealed).map(({ group, recs, cards }) => {
        if (group === 'closed' && counts.closed === 0) return null
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="fb-group">
            <h2 className="kern-heading-medium" id={`group-${group}`}>
              {t(`groups.${group}`, { count: recs.length })}
            </h2>
            <p className="kern-body">{t(`groupLeads.${group}`)}</p>
            {recs.length === 0 ? (
              <p className="kern-body">{t('empty')}</p>
            ) : (
              cards.map((rec) => (
                <ProgramCard
                  key={rec.id}
                  rec={rec}
                  program={programs.get(rec.id) as Program}
                  lang={lang}
                  questions={questions}
                  steps={steps}
                />
              ))
            )}
          </section>
        )
      })}
      {revealed && recommendation === searched && (
        // The exports name prerequisites and sources, which load with the catalogue's details.
        <WithDetails>
          <Downloads />
        </WithDetails>
      )}
    </>
  )
}

/** Each group's programmes, and the cards to render of them: all once revealed, else the first. */
function cardsByGroup(shown: readonly ProgramRecommendation[], revealed: boolean) {
  let left = revealed ? Infinity : FIRST_CARDS
  return GROUPS.map((group) => {
    const recs = shown.filter((r) => groupOf(r) === group)
    const count = revealed ? recs.length : LATER.has(group) ? 0 : Math.min(left, recs.length)
    left -= count
    return { group, recs, cards: recs.slice(0, count) }
  })
}
