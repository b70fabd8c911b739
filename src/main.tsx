// The whole stylesheet; the start page has its own (scripts/build/start-css-plugin.ts).
import './ui/styles/app.scss'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { allTextsReady, createI18n } from './i18n/config'
import { loadAppData } from './catalogue-source'
import { createAppStore } from './store/app-store'
import { followOtherTabs } from './store/other-tabs'
import { App, firstScreens, loadApp, type Loaded } from './ui/app'
import { enableButtons, takeover } from './ui/prerendered'
import { releaseStartButton, startPending } from './early-start'

/**
 * A share link's visit hid the document before the static start page was parsed
 * (scripts/build/link-visit-plugin.ts): the page is emptied before it shows again, so that start
 * page is never styled and painted only to be replaced.
 */
function showDocument(root: Element) {
  const { style } = document.documentElement
  if (style.display !== 'none') return
  root.replaceChildren()
  style.display = ''
}

const root = document.getElementById('root')
if (root) {
  const store = createAppStore()
  // Answers given in another open tab show here, and no change here writes over them.
  followOtherTabs(store)
  const lang = store.getState().lang
  const i18n = createI18n(lang)
  // The catalogue's texts in the visitor's language only; another loads on a switch.
  const load = () => loadAppData(lang)
  // StrictMode's checks run in development only; the production build leaves the wrapper out.
  const app = (initial?: Loaded) => {
    const page = <App store={store} i18n={i18n} load={load} initial={initial} />
    return import.meta.env.DEV ? <StrictMode>{page}</StrictMode> : page
  }
  // Start-up renders as transitions: React works in slices and the page stays responsive.
  const mount = (initial?: Loaded) => {
    showDocument(root)
    startTransition(() => createRoot(root).render(app(initial)))
  }
  // index.html already shows the German start page, rendered at build time (see takeover).
  const how = takeover(root, store.getState(), window.location.hash)
  // The app renders once its language's texts are there: never a key in place of a text.
  const texts = allTextsReady(i18n)
  if (how === 'now') void texts.then(() => mount())
  else
    Promise.all([
      loadApp(load, firstScreens(store.getState().screen.name, location.hash), i18n),
      texts,
    ]).then(
      ([loaded]) => {
        // A start clicked on the static page has changed it (src/early-start.ts): not adopted.
        if (how === 'replace' || startPending()) return mount(loaded)
        enableButtons(root)
        startTransition(() => void hydrateRoot(root, app(loaded)))
        releaseStartButton(root)
      },
      () => mount(),
    )
  // The worker precaches the built files; the dev server has no sw.js (it answers with index.html).
  // Registered after the page has loaded, so its module need not weigh on the entry chunk.
  if (import.meta.env.PROD)
    void import('./register-service-worker').then((m) => m.registerServiceWorker())
}
