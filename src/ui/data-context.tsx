import { createContext, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react'
import { hasPiece, loadPiece } from '../catalogue-pieces'
import type { PieceKind } from '../catalogue-slots'
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
 * True once the catalogue's `kind` texts are there in the current language; asks for them the
 * first time a component needs them, and renders that component again when they arrive. The
 * results' texts: the results' screens and the questionnaire's word on ruled-out families; the
 * details (long texts and sources): a programme card's details, a plan screen, the handout, an
 * export. `wanted` false asks for nothing (a screen that shows none of them).
 */
export function usePiece(kind: Exclude<PieceKind, 'texts'>, wanted = true): boolean {
  const { data } = useData()
  const lang = useAppStore((s) => s.lang)
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  const ready = hasPiece(data, kind, lang)
  useEffect(() => {
    if (ready || !wanted) return
    let live = true
    loadPiece(data, kind, lang).then(
      () => live && arrived(),
      () => undefined, // shown as still loading; the next render asks again
    )
    return () => {
      live = false
    }
  }, [data, kind, lang, ready, wanted])
  return ready
}

/** True once the long texts and sources are there in the current language (see usePiece). */
export const useDetails = () => usePiece('details')
