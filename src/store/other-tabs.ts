import { STORAGE_KEY, type SavedAppStore } from './app-store'

/**
 * Shows another tab's changes in this one at once: the browser tells every other tab of the app
 * when one saves. A page restored from the back-forward cache missed those events, so it reads
 * the saved inputs again. Returns a function that stops following.
 */
export function followOtherTabs(store: SavedAppStore, target: EventTarget = window): () => void {
  // Without a storage, persist adds no API, and there is nothing to follow.
  const catchUp = () => void store.persist?.rehydrate()
  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key
    // null: the other tab cleared the whole storage.
    if (key === STORAGE_KEY || key === null) catchUp()
  }
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) catchUp()
  }
  target.addEventListener('storage', onStorage)
  target.addEventListener('pageshow', onPageShow)
  return () => {
    target.removeEventListener('storage', onStorage)
    target.removeEventListener('pageshow', onPageShow)
  }
}
