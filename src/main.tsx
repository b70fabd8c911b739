import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createI18n } from './i18n/config'
import { createAppStore } from './store/app-store'
import { App } from './ui/app'
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
  createRoot(root).render(
    <StrictMode>
      <App store={store} i18n={i18n} today={localToday()} />
    </StrictMode>,
  )
}
