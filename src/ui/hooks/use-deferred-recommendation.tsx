import { useEffect, useState, type ReactNode } from 'react'
import type { Recommendation } from '../../domain/index'
import { useAfterFirstPaint } from './use-after-first-paint'
import { useRecommendation } from './use-derived'

/**
 * The combination search's result once the screen has been painted without it, and the element
 * that runs the search (render it anywhere on the screen). Until then `recommendation` is null:
 * the screen shows what the verdicts alone give, with a progress message.
 */
export function useDeferredRecommendation(): {
  recommendation: Recommendation | null
  runner: ReactNode
} {
  const painted = useAfterFirstPaint()
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null)
  return {
    recommendation,
    runner: painted ? <SearchRunner onResult={setRecommendation} /> : null,
  }
}

/** Runs the search when it mounts and again whenever its inputs change; shows nothing. */
function SearchRunner({ onResult }: { onResult: (r: Recommendation) => void }) {
  const recommendation = useRecommendation()
  useEffect(() => onResult(recommendation), [recommendation, onResult])
  return null
}
