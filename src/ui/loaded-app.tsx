import { useLayoutEffect } from 'react'
import type { AppData } from '../catalogue-source'
import { DataProvider, useData } from './data-context'
import { Screens } from './screens/screens'
import { SharedLinkGate } from './share/shared-link-gate'
import { useAppStoreApi } from './store-context'

/**
 * Everything that needs the catalogue: loaded in a chunk of its own together with the data,
 * so the first paint only waits for the shell.
 */
export function LoadedApp({ data, today, hash }: { data: AppData; today: string; hash?: string }) {
  return (
    <DataProvider data={data} today={today}>
      <DropInvalidAnswers />
      <SharedLinkGate hash={hash}>
        <Screens />
      </SharedLinkGate>
    </DataProvider>
  )
}

/**
 * Stored answers the current questionnaire no longer accepts are dropped one by one, once the
 * questionnaire is known: in an effect, not during render, and before the first paint.
 */
function DropInvalidAnswers() {
  const store = useAppStoreApi()
  const { questions } = useData()
  useLayoutEffect(() => store.getState().dropInvalidAnswers(questions), [store, questions])
  return null
}
