import { useMemo } from 'react'
import { effectiveAnswers, recommend, visibleSteps, type Recommendation } from '../../domain/index'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'

// Derived state: computed from the store's inputs through the domain, memoised per input.

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

/**
 * The recommendation with its combinations. `quick` limits the combination search to single
 * programmes, for screens that only need the verdicts (the questionnaire, on every keystroke).
 */
export function useRecommendation({ quick = false } = {}): Recommendation {
  const { catalogue, questionnaire, today } = useData()
  const answers = useAppStore((s) => s.answers)
  const lang = useAppStore((s) => s.lang)
  return useMemo(
    () =>
      recommend(catalogue, questionnaire, answers, {
        today,
        lang,
        // The search's time budget needs a clock; the domain never reads one itself.
        combinations: quick
          ? { k: 1, maxSize: 1, now: () => performance.now() }
          : { now: () => performance.now() },
      }),
    [catalogue, questionnaire, answers, today, lang, quick],
  )
}
