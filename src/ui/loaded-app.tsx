import { useState } from 'react'
import type { AppData } from '../catalogue-source'
import { keepValidAnswers, questionMap } from '../domain/index'
import { DataProvider } from './data-context'
import { Screens } from './screens/screens'
import { SharedLinkGate } from './share/shared-link-gate'
import { useAppStoreApi } from './store-context'

/**
 * Everything that needs the catalogue: loaded in a chunk of its own together with the data,
 * so the first paint only waits for the shell.
 */
export function LoadedApp({ data, today, hash }: { data: AppData; today: string; hash?: string }) {
  const store = useAppStoreApi()
  // Once, before the first screen renders: stored answers the current questionnaire no longer
  // accepts are dropped one by one (useState's initialiser runs exactly once per mount).
  useState(() => {
    const { answers, replaceAnswers } = store.getState()
    const kept = keepValidAnswers(answers, questionMap(data.questionnaire)).answers
    if (Object.keys(kept).length !== Object.keys(answers).length) replaceAnswers(kept)
  })
  return (
    <DataProvider data={data} today={today}>
      <SharedLinkGate hash={hash}>
        <Screens />
      </SharedLinkGate>
    </DataProvider>
  )
}
