import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { AppData } from '../catalogue-source'
import { questionMap, type Question } from '../domain/index'

export interface DataContextValue extends AppData {
  questions: ReadonlyMap<string, Question>
  /** The date results are computed for (ISO); the UI reads the clock once, the domain never. */
  today: string
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
    () => ({ ...data, questions: questionMap(data.questionnaire), today }),
    [data, today],
  )
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>
}

export function useData(): DataContextValue {
  const data = useContext(DataContext)
  if (!data) throw new Error('useData needs a DataProvider')
  return data
}
