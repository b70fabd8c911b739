import { createContext, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react'
import { hasDetails, loadDetails } from '../catalogue-pieces'
import type { AppData } from '../catalogue-source'
import type { Question } from '../domain/questionnaire/schema'
import { questionMap } from '../domain/questionnaire/visibility'
import { useAppStore } from './store-context'

export interface DataContextValue extends AppData {
  questions: ReadonlyMap<string, Question>
  /** The date results are computed for (ISO); the UI reads the clock once, the domain never. */
  today: string
  /** The data as loaded, for loading more of their texts (src/catalogue-pieces.ts). */
  data: AppData
}

const DataContext = createContext<DataContextValue | null>(null)

export function DataProvider({
  data,
  today,
  children,
}: {
  data: AppData
  today: string
  children: ReactNode
}) {
  const value = useMemo(
    () => ({ ...data, data, questions: questionMap(data.questionnaire), today }),
    [data, today],
  )
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>
}

export function useData(): DataContextValue {
  const data = useContext(DataContext)
  if (!data) throw new Error('useData needs a DataProvider')
  return data
}

/**
 * True once the catalogue's long texts and sources are there in the current language; asks for
 * them the first time a component needs them (a programme card's details, a plan screen, the
 * handout, an export), and renders that component again when they arrive.
 */
export function useDetails(): boolean {
  const { data } = useData()
  const lang = useAppStore((s) => s.lang)
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  const ready = hasDetails(data, lang)
  useEffect(() => {
    if (ready) return
    let live = true
    loadDetails(data, lang).then(
      () => live && arrived(),
      () => undefined, // shown as still loading; the next render asks again
    )
    return () => {
      live = false
    }
  }, [data, lang, ready])
  return ready
}
