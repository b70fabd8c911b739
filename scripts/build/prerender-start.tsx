// The German start page as static HTML for index.html: the first paint shows the real page
// instead of an empty one while the scripts load (src/main.tsx takes it over unchanged).
import { renderToString } from 'react-dom/server'
import type { AppData } from '../../src/catalogue-source'
import { createI18n } from '../../src/i18n/config'
import { resources } from '../../src/i18n/resources'
import { createAppStore } from '../../src/store/app-store'
import { App } from '../../src/ui/app'
import { LoadedApp } from '../../src/ui/loaded-app'
import { loadScreen } from '../../src/ui/screens/screen-modules'

// The start screen is a chunk of its own, loaded before the page renders (as the browser has it
// before it adopts this page); while this module loads, since the build's module runner closes
// once it is loaded.
await loadScreen('start')

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

/**
 * What a first-time visitor sees before doing anything; `today` as an ISO date. Its buttons are
 * disabled: they only work once the app has taken the page over, and a click before that would
 * be lost without a sign.
 */
export function renderStartPage(data: AppData, today: string): string {
  const store = createAppStore({ storage: memoryStorage() })
  // The browser loads the screens' texts with the screens; here every text is at hand at once.
  const i18n = createI18n('de')
  for (const [ns, texts] of Object.entries(resources.de)) i18n.addResourceBundle('de', ns, texts)
  const markup = renderToString(
    <App
      store={store}
      i18n={i18n}
      today={today}
      load={() => Promise.resolve(data)}
      initial={{ data, LoadedApp }}
      hash=""
    />,
  )
  return markup.replaceAll('<button ', '<button disabled="" ')
}
