// The two parts of react-i18next the app uses, I18nextProvider and useTranslation(ns), aliased in
// for the browser and the tests (vite.config.ts); the types stay react-i18next's. The library
// also carries Trans, HOCs, SSR helpers and its own store bindings, which cost the entry chunk
// about 2 kB gzip. Same behaviour for what the app does: a component re-renders when the
// language has changed (i18next emits that once the new language's texts are in), and suspends
// until its namespace is loaded.
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import type { i18n as I18n, Namespace } from 'i18next'

const I18nContext = createContext<I18n | null>(null)

export function I18nextProvider({ i18n, children }: { i18n: I18n; children?: ReactNode }) {
  return createElement(I18nContext.Provider, { value: i18n }, children)
}

// One pending load per instance and namespace, so a suspended render that is tried again waits
// for the same promise.
const loading = new WeakMap<I18n, Map<string, Promise<void>>>()

function loaded(i18n: I18n, ns: string): Promise<void> {
  let byNs = loading.get(i18n)
  if (!byNs) loading.set(i18n, (byNs = new Map()))
  let pending = byNs.get(ns)
  if (!pending) {
    pending = i18n.loadNamespaces(ns).finally(() => byNs.delete(ns))
    byNs.set(ns, pending)
  }
  return pending
}

export function useTranslation(ns?: Namespace) {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useTranslation needs an I18nextProvider')
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed)
      return () => i18n.off('languageChanged', changed)
    },
    [i18n],
  )
  const language = () => i18n.language
  const lng = useSyncExternalStore(subscribe, language, language) // the same at build time
  const namespace = (ns ?? i18n.options.defaultNS) as Namespace & string
  const t = useMemo(() => i18n.getFixedT(lng, namespace), [i18n, lng, namespace])
  if (!i18n.hasLoadedNamespace(namespace)) throw loaded(i18n, namespace)
  return { t, i18n, ready: true }
}
