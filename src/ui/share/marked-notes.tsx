import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { combinationIds, type FinancingPlan, type PlanProblem } from '../../domain/index'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'
import type { ChosenPlans } from './use-chosen-plans'

interface Props extends Pick<ChosenPlans, 'outside' | 'unformable'> {
  /** The plans shown: only these are named as evaluated outside the top 10. */
  plans: readonly FinancingPlan[]
}

/**
 * What became of the marks: a shown plan no longer among the best ten, and a mark that cannot be
 * formed any more, with its reason (never silently left out).
 */
export function MarkedNotes({ plans, outside, unformable }: Props) {
  const { t } = useTranslation('share')
  const { catalogue } = useData()
  const lang = useAppStore((s) => s.lang)
  const names = useMemo(
    () => new Map(catalogue.programs.map((p) => [p.id, p.shortName ?? p.name[lang]] as const)),
    [catalogue, lang],
  )
  const name = (id: string) => names.get(id) ?? id
  const combination = (key: string) => combinationIds(key).map(name).join(' + ')
  const list = (ids: readonly string[]) => ids.map(name).join(', ')

  const reason = (p: PlanProblem): string => {
    switch (p.code) {
      case 'minimumUnreachable':
        return t('marked.reason.minimumUnreachable')
      case 'notApplicable':
        return t(`marked.reason.${p.state}`, { program: name(p.programId) })
      case 'excluded':
        return t('marked.reason.excluded', { program: name(p.programId), other: name(p.other) })
      case 'requirementUnmet':
      case 'publicFirst':
        return t(`marked.reason.${p.code}`, { program: name(p.programId), list: list(p.anyOf) })
      default:
        return t(`marked.reason.${p.code}`, { program: name(p.programId) })
    }
  }

  const shownOutside = plans.filter((p) => outside.has(p.key))
  if (shownOutside.length === 0 && unformable.length === 0) return null
  return (
    <ul className="kern-list fb-marked-notes">
      {shownOutside.map((p) => (
        <li key={p.key} className="kern-body">
          {t('marked.outside', { names: combination(p.key) })}
        </li>
      ))}
      {unformable.map((m) => (
        <li key={m.key} className="kern-body">
          {t('marked.unformable', { names: combination(m.key), reason: reason(m.problem) })}
        </li>
      ))}
    </ul>
  )
}
