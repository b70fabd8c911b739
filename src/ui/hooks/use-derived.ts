import { useMemo } from 'react'
import {
  recommend,
  recommendVerdicts,
  type Answers,
  type Catalogue,
  type Questionnaire,
  type Recommendation,
  type Verdicts,
} from '../../domain/index'
import type { AppStore } from '../../store/app-store'
import { useData } from '../data-context'
import { useAppStore, useAppStoreApi } from '../store-context'

// Derived state: computed from the store's inputs through the domain, memoised per input. The
// language is no input: results are language-free codes, rendered where they are shown, so
// switching the language runs no search.

type Inputs = [Catalogue, Questionnaire, Answers, string]
type Derived = Map<'verdicts' | 'full', { inputs: Inputs; value: Verdicts | Recommendation }>
// One cache per store: each app (and each test) derives from its own inputs only.
const derivedByStore = new WeakMap<AppStore, Derived>()

// Several components of one screen ask for the same result; they share one computation as long
// as every input is the same object or value (the store replaces answers on every change).
function shared<T extends Verdicts>(
  store: AppStore,
  kind: 'verdicts' | 'full',
  inputs: Inputs,
  run: () => T,
): T {
  let derived = derivedByStore.get(store)
  if (!derived) derivedByStore.set(store, (derived = new Map()))
  const hit = derived.get(kind)
  if (hit && hit.inputs.every((v, i) => Object.is(v, inputs[i]))) return hit.value as T
  const value = run()
  derived.set(kind, { inputs, value })
  return value
}

/** One derived value of this store's inputs, shared by the components that ask for it. */
function useShared<T extends Verdicts>(kind: 'verdicts' | 'full', run: (inputs: Inputs) => T): T {
  const store = useAppStoreApi()
  const { catalogue, questionnaire, today } = useData()
  const answers = useAppStore((s) => s.answers)
  return useMemo(() => {
    const inputs: Inputs = [catalogue, questionnaire, answers, today]
    return shared(store, kind, inputs, () => run(inputs))
    // `run` is the caller's fixed computation for `kind`, not an input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, kind, catalogue, questionnaire, answers, today])
}

/** Every programme's verdict, without the combination search: cheap enough for every keystroke. */
export function useVerdicts(): Verdicts {
  return useShared('verdicts', ([catalogue, questionnaire, answers, today]) =>
    recommendVerdicts(catalogue, questionnaire, answers, { today }),
  )
}

/** The verdicts with the combination search's plans. */
export function useRecommendation(): Recommendation {
  return useShared('full', ([catalogue, questionnaire, answers, today]) =>
    recommend(catalogue, questionnaire, answers, {
      today,
      // The search's time budget needs a clock; the domain never reads one itself.
      combinations: { now: () => performance.now() },
    }),
  )
}
