import { useEffect, useLayoutEffect, useState } from 'react'
import { hasTexts, loadTexts } from '../catalogue-pieces'
import type { AppData } from '../catalogue-source'
import { keepValidAnswers } from '../domain/answers/parse-answers'
import { LANGS } from '../domain/text'
import { DataProvider, useData } from './data-context'
import { useBrowserHistory } from './hooks/use-browser-history'
import { takeStartRequests } from '../early-start'
import { visibleSteps } from '../domain/questionnaire/visibility'
import { prefetchScreens } from './screens/screen-modules'
import { Screens } from './screens/screens'
import { SharedLinkGate } from './share/shared-link-gate'
import { useAppStore, useAppStoreApi } from './store-context'

export { loadScreen } from './screens/screen-modules'

/**
 * Everything that needs the catalogue: loaded in a chunk of its own together with the data,
 * so the first paint only waits for the shell.
 */
export function LoadedApp({ data, today, hash }: { data: AppData; today: string; hash?: string }) {
  const shown = useTextsInLanguage(data)
  // Here rather than in the shell: no screen changes before the screens are in, and the entry's
  // JavaScript stays smaller.
  useBrowserHistory()
  useEarlyStart(data)
  useEffect(prefetchScreens, [])
  return (
    <DataProvider data={shown} today={today}>
      <DropInvalidAnswers />
      <SharedLinkGate hash={hash}>
        <Screens />
      </SharedLinkGate>
    </DataProvider>
  )
}

/**
 * A click on the static page's start button before the app was there (src/early-start.ts),
 * carried out now that the screens are in and, by the effect before this one, the browser's
 * history follows the screen: the questionnaire's first step, as the start screen's button.
 */
function useEarlyStart({ questionnaire }: AppData) {
  const store = useAppStoreApi()
  useEffect(
    () =>
      takeStartRequests(() => {
        const state = store.getState()
        if (state.screen.name !== 'start') return
        const first = visibleSteps(questionnaire, state.answers)[0]
        if (first) state.goToStep(first.id)
      }),
    [store, questionnaire],
  )
}

/**
 * The catalogue's texts follow the language: the other language's texts are fetched once the
 * page is idle, so a switch usually finds them in place and the screens render the same
 * (language-free) results in other words. When a switch comes first, the screens show the loaded
 * language until the texts arrive, and then get a shallow copy of the data: whatever they
 * derived from the catalogue in the meantime is derived again (the search among it, once).
 */
function useTextsInLanguage(data: AppData): AppData {
  const lang = useAppStore((s) => s.lang)
  const [shown, setShown] = useState(data)
  const missing = !hasTexts(data, lang)
  useEffect(() => {
    if (!missing) return
    let live = true
    loadTexts(data, lang).then(
      () => live && setShown({ ...data, catalogue: { ...data.catalogue } }),
      () => undefined, // offline without the chunk: the loaded language stays
    )
    return () => {
      live = false
    }
  }, [data, lang, missing])
  useEffect(() => {
    const others = LANGS.filter((l) => !hasTexts(data, l))
    if (others.length === 0) return
    const prefetch = () => others.forEach((l) => void loadTexts(data, l).catch(() => undefined))
    if (typeof requestIdleCallback !== 'function') return void setTimeout(prefetch, 2000)
    const id = requestIdleCallback(prefetch, { timeout: 5000 })
    return () => cancelIdleCallback(id)
  }, [data])
  return shown
}

/**
 * Stored answers the current questionnaire no longer accepts are dropped one by one, once the
 * questionnaire is known: in an effect, not during render, and before the first paint.
 */
function DropInvalidAnswers() {
  const store = useAppStoreApi()
  const { questions } = useData()
  useLayoutEffect(
    () => store.getState().dropInvalidAnswers((answers) => keepValidAnswers(answers, questions)),
    [store, questions],
  )
  return null
}
