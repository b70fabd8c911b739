import { useEffect, useState } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { loadAppData, type AppData } from '../catalogue-source'
import { allTextsReady } from '../i18n/config'
import type { AppStore } from '../store/app-store'
import type { ScreenName } from './screens/screen-modules'
import { PageHeader } from './components/page-header'
import { StartIntro } from './components/start-intro'
import { StoreProvider, useAppStore, useAppStoreApi } from './store-context'

export type Loaded = { data: AppData; LoadedApp: typeof import('./loaded-app').LoadedApp }

/**
 * The catalogue, the app around the screens and the screens a visit opens on (firstScreens),
 * with the texts those screens show, fetched together: the first render shows the screen, never
 * a loading state in its place.
 */
export function loadApp(
  load: () => Promise<AppData>,
  screens: readonly ScreenName[],
  i18n: I18n,
): Promise<Loaded> {
  return Promise.all([load(), import('./loaded-app')]).then(([data, module]) =>
    module.loadFirst(data, screens, i18n).then(() => ({ data, LoadedApp: module.LoadedApp })),
  )
}

/** A share link's results (it opens on them) and the screen saved in this browser. */
export const firstScreens = (saved: ScreenName, hash: string): ScreenName[] =>
  isShareLink(hash) && saved !== 'results' ? ['results', saved] : [saved]

/** The fragment of a share link, as scripts/build/link-visit-plugin.ts recognises it. */
export const isShareLink = (hash: string) => /^#v\d/.test(hash)

export interface AppProps {
  store: AppStore
  i18n: I18n
  /** ISO date the results are computed for; by default the day in Berlin (loaded-app.tsx). */
  today?: string
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
  today: string | undefined
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
  const store = useAppStoreApi()

  useEffect(() => {
    void i18n.changeLanguage(lang)
    document.documentElement.lang = lang
  }, [i18n, lang])

  useEffect(() => {
    if (initial) return
    let live = true
    // The screens' texts come in their language's chunk (src/i18n/backend.ts), with the screens.
    const first = firstScreens(store.getState().screen.name, hash ?? window.location.hash)
    Promise.all([loadApp(load, first, i18n), allTextsReady(i18n)]).then(
      ([app]) => live && setLoaded(app),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [load, initial, i18n, store, hash])

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
