import { useMemo } from 'react'
import {
  effectiveAnswers,
  recommend,
  visibleSteps,
  type Answers,
  type Catalogue,
  type Lang,
  type Questionnaire,
  type Recommendation,
} from '../../domain/index'
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

type RecommendInputs = [Catalogue, Questionnaire, Answers, string, Lang, boolean]
const lastRecommendation = new Map<boolean, { inputs: RecommendInputs; value: Recommendation }>()

// Several components of one screen ask for the same recommendation; they share one computation
// as long as every input is the same object or value (the store replaces answers on change).
function sharedRecommendation(inputs: RecommendInputs): Recommendation {
  const quick = inputs[5]
  const last = lastRecommendation.get(quick)
  if (last && last.inputs.every((v, i) => Object.is(v, inputs[i]))) return last.value
  const [catalogue, questionnaire, answers, today, lang] = inputs
  const value = recommend(catalogue, questionnaire, answers, {
    today,
    lang,
    // The search's time budget needs a clock; the domain never reads one itself.
    combinations: quick
      ? { k: 1, maxSize: 1, now: () => performance.now() }
      : { now: () => performance.now() },
  })
  lastRecommendation.set(quick, { inputs, value })
  return value
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
    () => sharedRecommendation([catalogue, questionnaire, answers, today, lang, quick]),
    [catalogue, questionnaire, answers, today, lang, quick],
  )
}
