import { useMemo } from 'react'
import {
  effectiveAnswers,
  recommend,
  recommendVerdicts,
  visibleSteps,
  type Answers,
  type Catalogue,
  type Lang,
  type Questionnaire,
  type Recommendation,
  type Verdicts,
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

type Inputs = [Catalogue, Questionnaire, Answers, string, Lang]
const last = new Map<'verdicts' | 'full', { inputs: Inputs; value: Verdicts | Recommendation }>()

// Several components of one screen ask for the same result; they share one computation as long
// as every input is the same object or value (the store replaces answers on every change).
function shared<T extends Verdicts>(kind: 'verdicts' | 'full', inputs: Inputs, run: () => T): T {
  const hit = last.get(kind)
  if (hit && hit.inputs.every((v, i) => Object.is(v, inputs[i]))) return hit.value as T
  const value = run()
  last.set(kind, { inputs, value })
  return value
}

function useInputs(): Inputs {
  const { catalogue, questionnaire, today } = useData()
  const answers = useAppStore((s) => s.answers)
  const lang = useAppStore((s) => s.lang)
  return [catalogue, questionnaire, answers, today, lang]
}

/** Every programme's verdict, without the combination search: cheap enough for every keystroke. */
export function useVerdicts(): Verdicts {
  const inputs = useInputs()
  return useMemo(
    () =>
      shared('verdicts', inputs, () =>
        recommendVerdicts(inputs[0], inputs[1], inputs[2], { today: inputs[3], lang: inputs[4] }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the inputs, element by element
    inputs,
  )
}

/** The verdicts with the combination search's plans. */
export function useRecommendation(): Recommendation {
  const inputs = useInputs()
  return useMemo(
    () =>
      shared('full', inputs, () =>
        recommend(inputs[0], inputs[1], inputs[2], {
          today: inputs[3],
          lang: inputs[4],
          // The search's time budget needs a clock; the domain never reads one itself.
          combinations: { now: () => performance.now() },
        }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the inputs, element by element
    inputs,
  )
}
