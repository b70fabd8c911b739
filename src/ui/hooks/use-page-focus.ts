import { useEffect, useRef } from 'react'

/**
 * Moves focus to the page heading when a screen opens (or to a named field, after a change
 * link), so keyboard and screen-reader users start at the top of the new page.
 */
export function usePageFocus<T extends HTMLElement>(key: string, focusId?: string) {
  const ref = useRef<T>(null)
  useEffect(() => {
    const target = focusId ? document.getElementById(focusId) : null
    ;(target ?? ref.current)?.focus()
  }, [key, focusId])
  return ref
}

export function useDocumentTitle(title: string, appName: string) {
  useEffect(() => {
    document.title = `${title} – ${appName}`
  }, [title, appName])
}
