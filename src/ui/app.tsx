import { useEffect, useState } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { loadAppData, type AppData } from '../catalogue-source'
import { allTextsReady } from '../i18n/config'
import type { AppStore } from '../store/app-store'
import { PageHeader } from './components/page-header'
import { StartIntro } from './components/start-intro'
import { useBrowserHistory } from './hooks/use-browser-history'
import { StoreProvider, useAppStore } from './store-context'

export type Loaded = { data: AppData; LoadedApp: typeof import('./loaded-app').LoadedApp }

/** The catalogue and every screen that needs it, fetched together. */
export function loadApp(load: () => Promise<AppData> = loadAppData): Promise<Loaded> {
  return Promise.all([load(), import('./loaded-app')]).then(([data, module]) => ({
    data,
    LoadedApp: module.LoadedApp,
  }))
}

export interface AppProps {
  store: AppStore
  i18n: I18n
  /** ISO date the results are computed for. */
  today: string
  load?: () => Promise<AppData>
  /** Already loaded: the app shows its first screen in the first render. */
  initial?: Loaded
  /** The fragment the page was opened with; the browser's, unless rendered at build time. */
  hash?: string
}

export function App({ store, i18n, today, load = loadAppData, initial, hash }: AppProps) {
  return (
    <StoreProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <Shell today={today} load={load} i18n={i18n} initial={initial} hash={hash} />
      </I18nextProvider>
    </StoreProvider>
  )
}

interface ShellProps {
  today: string
  load: () => Promise<AppData>
  i18n: I18n
  initial: Loaded | undefined
  hash: string | undefined
}

function Shell({ today, load, i18n, initial, hash }: ShellProps) {
  const { t } = useTranslation()
  const lang = useAppStore((s) => s.lang)
  const onStart = useAppStore((s) => s.screen.name === 'start')
  const [loaded, setLoaded] = useState<Loaded | null>(initial ?? null)
  const [failed, setFailed] = useState(false)
  useBrowserHistory()

  useEffect(() => {
    void i18n.changeLanguage(lang)
    document.documentElement.lang = lang
  }, [i18n, lang])

  useEffect(() => {
    if (initial) return
    let live = true
    // The screens' texts come in their language's chunk (src/i18n/backend.ts), with the screens.
    Promise.all([loadApp(load), allTextsReady(i18n)]).then(
      ([app]) => live && setLoaded(app),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [load, initial, i18n])

  return (
    <>
      <a
        className="kern-link fb-skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault() // keep the fragment free for share links
          document.getElementById('main')?.focus()
        }}
      >
        {t('skipLink')}
      </a>
      <PageHeader />
      <main id="main" tabIndex={-1} className="fb-container fb-main">
        {loaded ? (
          <loaded.LoadedApp data={loaded.data} today={today} hash={hash} />
        ) : failed ? (
          <p className="kern-body" role="alert">
            {t('loadFailed')}
          </p>
        ) : (
          <>
            {onStart && <StartIntro />}
            <p className="kern-body" role="status">
              <span className="kern-loader" aria-hidden="true" /> {t('loading')}
            </p>
          </>
        )}
      </main>
      <footer className="fb-footer">
        <div className="fb-container">
          <p className="kern-body kern-body--small">{t('privacy')}</p>
        </div>
      </footer>
    </>
  )
}
