import { useEffect } from 'react'
import { isScreen } from '../../store/inputs'
import { useAppStoreApi } from '../store-context'

/**
 * Lets the browser's back and forward buttons move between screens. Each screen change adds a
 * history entry that carries the screen in its state; the URL itself (path and the fragment,
 * which is reserved for share links) is left exactly as it is.
 */
export function useBrowserHistory() {
  const store = useAppStoreApi()
  useEffect(() => {
    let restoring = false
    window.history.replaceState({ ...window.history.state, fbScreen: store.getState().screen }, '')
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.screen === previous.screen || restoring) return
      window.history.pushState({ fbScreen: state.screen }, '')
    })
    const onPop = (event: PopStateEvent) => {
      const screen = (event.state as { fbScreen?: unknown } | null)?.fbScreen
      if (!isScreen(screen)) return
      restoring = true
      store.getState().goTo(screen)
      restoring = false
    }
    window.addEventListener('popstate', onPop)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPop)
    }
  }, [store])
}
