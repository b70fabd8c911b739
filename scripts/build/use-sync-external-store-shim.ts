// react-i18next imports use-sync-external-store/shim for React versions before 18. React 19 has
// the hook built in, and the shim (CommonJS, with its fallback) cost the entry chunk half a kB.
export { useSyncExternalStore } from 'react'
