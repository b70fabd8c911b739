// A page opened with a fragment (a share link, or one that cannot be read) needs the gate that
// reads it, and the gate the share link's decoder: chunks of their own, which a visit without a
// fragment never loads.
import { useEffect, useRef, type ReactNode } from 'react'
import type { i18n as I18n } from 'i18next'

let Gate: typeof import('./shared-link-gate').SharedLinkGate | undefined

/** Loads the gate and its texts when the page's fragment asks for one (before the first render). */
export const loadLinkGate = (hash: string, i18n: I18n): Promise<unknown> =>
  hash.length > 1
    ? Promise.all([
        import('./shared-link-gate').then((module) => void (Gate = module.SharedLinkGate)),
        i18n.loadNamespaces('share'),
      ])
    : Promise.resolve()

/**
 * The screens, behind the gate when the page was opened with a fragment. Either way a link
 * pasted into the address bar of the open tab, which changes only the fragment, opens by a
 * reload.
 */
export function LinkGate({ hash, children }: { hash?: string; children: ReactNode }) {
  // The fragment as the gate read it on its first render, or left it after handling it; without
  // a gate there was none. The first render is a transition that may yield before its commit.
  const settled = useRef(Gate ? (hash ?? window.location.hash) : '')
  useEffect(() => {
    const onHashChange = () => window.location.reload()
    window.addEventListener('hashchange', onHashChange)
    // One pasted after the first render read the address but before this listener existed went
    // unheard: the fragment then differs from the one the gate read or left. The gate's layout
    // effect, which handles the link and clears the fragment, has run before this effect.
    if (window.location.hash !== settled.current) onHashChange()
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  return Gate ? (
    <Gate hash={hash} settled={settled}>
      {children}
    </Gate>
  ) : (
    children
  )
}
