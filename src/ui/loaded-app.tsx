import { useEffect, useLayoutEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { hasPiece, loadPiece } from '../catalogue-pieces'
import type { AppData } from '../catalogue-source'
import { berlinDay } from '../domain/calendar-day'
import { keepValidAnswers } from '../domain/answers/parse-answers'
import { LANGS } from '../domain/text'
import { DataProvider, useData } from './data-context'
import { useBrowserHistory } from './hooks/use-browser-history'
import { takeStartRequests } from '../early-start'
import { visibleSteps } from '../domain/questionnaire/visibility'
import { loadScreens, prefetchScreens, type ScreenName } from './screens/screen-modules'
import { Screens } from './screens/screens'
import { loadResultTexts } from './screens/result-texts'
import { LinkGate, loadLinkGate } from './share/link-gate'
import { useAppStore, useAppStoreApi } from './store-context'

/**
 * What the first render needs besides the data: the screens a visit opens on with the texts
 * they show, and the gate for the link the page was opened with.
 */
export const loadFirst = (data: AppData, screens: readonly ScreenName[], i18n: I18n) =>
  Promise.all([loadScreens(data, screens, i18n), loadLinkGate(window.location.hash, i18n)])

/**
 * Everything that needs the catalogue: loaded in a chunk of its own together with the data,
 * so the first paint only waits for the shell.
 */
export function LoadedApp({ data, today, hash }: { data: AppData; today?: string; hash?: string }) {
  // The one place the app reads the clock, once, when it has loaded (out of the entry's
  // JavaScript); tests and the build's prerendering pass their day.
  const [day] = useState(() => today ?? berlinDay(new Date()))
  const shown = useCatalogueTexts(data)
  // Here rather than in the shell: no screen changes before the screens are in, and the entry's
  // JavaScript stays smaller.
  useBrowserHistory()
  useEarlyStart(data)
  useEffect(prefetchScreens, [])
  return (
    <DataProvider data={shown} today={day}>
      <DropInvalidAnswers />
      <LinkGate hash={hash}>
        <Screens />
      </LinkGate>
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
 * The results' texts in the visitor's language are fetched when idle too, so the results rarely
 * wait for them.
 */
function useCatalogueTexts(data: AppData): AppData {
  const lang = useAppStore((s) => s.lang)
  const { i18n } = useTranslation()
  const [shown, setShown] = useState(data)
  const missing = !hasPiece(data, 'texts', lang)
  useEffect(() => {
    if (!missing) return
    let live = true
    loadPiece(data, 'texts', lang).then(
      () => live && setShown({ ...data, catalogue: { ...data.catalogue } }),
      () => undefined, // offline without the chunk: the loaded language stays
    )
    return () => {
      live = false
    }
  }, [data, lang, missing])
  useEffect(() => {
    const prefetch = () => {
      void loadResultTexts(data, i18n).catch(() => undefined)
      for (const other of LANGS.filter((l) => !hasPiece(data, 'texts', l)))
        void loadPiece(data, 'texts', other).catch(() => undefined)
    }
    if (typeof requestIdleCallback !== 'function') return void setTimeout(prefetch, 2000)
    const id = requestIdleCallback(prefetch, { timeout: 5000 })
    return () => cancelIdleCallback(id)
  }, [data, i18n])
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
