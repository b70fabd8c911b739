import { startTransition, useEffect, useState } from 'react'

/**
 * False on a screen's first render, true right after in a transition: content below the first
 * screenful renders in slices the browser can interrupt, so the top of the page shows at once.
 */
export function useRevealedLater(): boolean {
  const [revealed, setRevealed] = useState(false)
  useEffect(() => {
    startTransition(() => setRevealed(true))
  }, [])
  return revealed
}
