import { useMemo } from 'react'
import { combinationIds, encodeShareLink, type EncodeResult } from '../../domain/index'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'

/** The share fragment for the current inputs: answers and marked combinations, no results. */
export function useShareFragment(): EncodeResult {
  const { questionnaire, catalogue } = useData()
  const answers = useAppStore((s) => s.answers)
  const chosen = useAppStore((s) => s.chosen)
  return useMemo(
    () =>
      encodeShareLink(
        { answers, combinations: chosen.map(combinationIds) },
        questionnaire,
        catalogue.asOf,
      ),
    [answers, chosen, questionnaire, catalogue.asOf],
  )
}

/** The page address with the fragment: the fragment never reaches a server. */
export function shareUrl(fragment: string): string {
  const { origin, pathname, search } = window.location
  return `${origin}${pathname}${search}${fragment}`
}
