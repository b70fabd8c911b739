import { useEffect, useRef } from 'react'

/** Whether a screen has taken the focus since the page loaded. */
let screenShown = false

/**
 * Moves focus to the page heading when a screen opens (or to a named field, after a change
 * link), so keyboard and screen-reader users start at the top of the new page. The page's first
 * screen leaves the focus where a visitor has already put it: the start page is there before the
 * app, and a Tab pressed on it must not be undone when the app takes the page over.
 */
export function usePageFocus<T extends HTMLElement>(key: string, focusId?: string) {
  const ref = useRef<T>(null)
  useEffect(() => {
    const first = !screenShown
    screenShown = true
    const held = document.activeElement
    if (first && held && held !== document.body && held.isConnected) return
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
