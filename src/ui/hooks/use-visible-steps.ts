import { useMemo } from 'react'
// By path, not through domain/index: the start screen's chunk carries the questionnaire's rules
// only, not the search that every module behind the index would bring along.
import { effectiveAnswers, visibleSteps } from '../../domain/questionnaire/visibility'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'

export function useVisibleSteps() {
  const { questionnaire } = useData()
  const answers = useAppStore((s) => s.answers)
  return useMemo(() => visibleSteps(questionnaire, answers), [questionnaire, answers])
}

export function useEffectiveAnswers() {
  const { questionnaire } = useData()
  const answers = useAppStore((s) => s.answers)
  return useMemo(() => effectiveAnswers(questionnaire, answers), [questionnaire, answers])
}
