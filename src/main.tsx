import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createI18n } from './i18n/config'
import { createAppStore } from './store/app-store'
import { App, loadApp, type Loaded } from './ui/app'
import { showsPrerenderedPage } from './ui/prerendered'
import './ui/styles/app.scss'

/** Today as an ISO date in the user's time zone: the one place the app reads the clock. */
function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const root = document.getElementById('root')
if (root) {
  const store = createAppStore()
  const i18n = createI18n(store.getState().lang)
  const mount = (initial?: Loaded) =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} i18n={i18n} today={localToday()} initial={initial} />
      </StrictMode>,
    )
  // index.html already shows the German start page (rendered at build time). When that is what
  // this visitor gets, it stays until the app can show the same page in one step, without a
  // loading state in between; anyone else gets the app at once.
  if (showsPrerenderedPage(root, store.getState(), window.location.hash))
    loadApp().then(mount, () => mount())
  else mount()
}
