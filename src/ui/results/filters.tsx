import { useTranslation } from 'react-i18next'
import { byCodeUnits } from '../../domain/by-code-units'
import { LEVELS, PHASES, type Lang, type Program, type Question } from '../../domain/index'

import type { ResultsFilter } from '../../store/inputs'

export type Filter = ResultsFilter

export function matchesFilter(program: Program, filter: Filter): boolean {
  return (
    (!filter.theme || program.themes.includes(filter.theme)) &&
    (!filter.phase || (program.phases as string[]).includes(filter.phase)) &&
    (!filter.level || program.funder.level === filter.level)
  )
}

/**
 * The catalogue's themes in the order the questionnaire asks for them, any other after them by
 * code. Not sorted by label: the first Intl.Collator a page builds loads the collation data, and
 * this list is on a share link's first screen (by-code-units.ts).
 */
export function themeOrder(programs: readonly Program[], themeQuestion: Question | undefined) {
  const used = new Set(programs.flatMap((p) => p.themes))
  const asked = (themeQuestion?.options ?? []).map((o) => o.value).filter((v) => used.has(v))
  const rest = [...used].filter((v) => !asked.includes(v)).sort(byCodeUnits)
  return [...asked, ...rest]
}

interface Props {
  filter: Filter
  onChange: (filter: Filter) => void
  programs: readonly Program[]
  themeQuestion: Question | undefined
  lang: Lang
  shown: number
}

/** Theme, phase and level filters; their options come from the catalogue itself. */
export function Filters({ filter, onChange, programs, themeQuestion, lang, shown }: Props) {
  const { t } = useTranslation('results')
  const { t: tc } = useTranslation()
  const themes = themeOrder(programs, themeQuestion)
  const themeLabel = (v: string) =>
    themeQuestion?.options?.find((o) => o.value === v)?.label[lang] ?? v
  const levels = LEVELS.filter((l) => programs.some((p) => p.funder.level === l))
  const select = (key: keyof Filter, options: { value: string; label: string }[]) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={`filter-${key}`}>
        {t(`filters.${key}`)}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          className="kern-form-input__select"
          id={`filter-${key}`}
          value={filter[key]}
          onChange={(e) => onChange({ ...filter, [key]: e.target.value })}
        >
          <option value="">{t('filters.all')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
  return (
    <section className="fb-filters" aria-labelledby="filters-title">
      <h2 className="kern-heading-small" id="filters-title">
        {t('filters.title')}
      </h2>
      <div className="fb-filter-row">
        {select(
          'theme',
          themes.map((v) => ({ value: v, label: themeLabel(v) })),
        )}
        {select(
          'phase',
          PHASES.map((p) => ({ value: p, label: tc(`phases.${p}`) })),
        )}
        {select(
          'level',
          levels.map((l) => ({ value: l, label: tc(`levels.${l}`) })),
        )}
      </div>
      <p className="kern-body" role="status">
        {t('filters.shown', { count: shown })}
        {(filter.theme || filter.phase || filter.level) && (
          <>
            {' '}
            <button
              type="button"
              className="kern-link"
              onClick={() => onChange({ theme: '', phase: '', level: '' })}
            >
              {t('filters.reset')}
            </button>
          </>
        )}
      </p>
    </section>
  )
}
