import { configure, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import type { StateStorage } from 'zustand/middleware'
import type { AppData } from '../src/catalogue-source'
import type { Lang } from '../src/domain/index'
import { createI18n } from '../src/i18n/config'
import { createAppStore, type AppStore } from '../src/store/app-store'
import type { AppInputs } from '../src/store/inputs'
import { App } from '../src/ui/app'
import { catalogue, questionnaire } from './fixtures/data'

// The screens arrive in a lazily imported chunk, which takes a moment on a busy machine.
configure({ asyncUtilTimeout: 15_000 })
// Role queries over a whole questionnaire page are slow in jsdom; a busy machine doubles that.
vi.setConfig({ testTimeout: 60_000 })

export const TODAY = '2026-11-25'
const appData: AppData = { catalogue, questionnaire }

/** A storage that lives as long as one test, so tests never share saved answers. */
export function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

interface Options {
  initial?: Partial<AppInputs>
  storage?: StateStorage
  lang?: Lang
  data?: AppData
}

/** Renders the whole app with a fresh store, a real i18n instance and the real data. */
export function renderApp({ initial, storage = memoryStorage(), data = appData }: Options = {}) {
  const store: AppStore = createAppStore({ initial, storage })
  const i18n = createI18n(store.getState().lang)
  const user = userEvent.setup({ delay: null })
  const utils = render(
    <App store={store} i18n={i18n} today={TODAY} load={() => Promise.resolve(data)} />,
  )
  return { ...utils, store, i18n, user, storage }
}
