import { startTransition, useEffect, useState } from 'react'

/**
 * False until the browser has painted the screen once, then true (in a transition). Work the
 * first screenful does not need, such as the combination search, waits for it: the results of a
 * share link are on screen before the search runs.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    // A frame callback runs just before the next paint; a task queued from it runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}
