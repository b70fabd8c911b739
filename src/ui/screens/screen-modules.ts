import { useEffect, useReducer, useState } from 'react'
import type { i18n as I18n } from 'i18next'
import type { AppData } from '../../catalogue-source'
import { loadOnce } from '../../load-once'
import { loadResultTexts } from './result-texts'
import type { Screen } from '../../store/inputs'

export type ScreenName = Screen['name']

// Each screen is a chunk of its own: the start page's path loads only the start screen, a share
// link's visit only the results. The others load when the page is idle (prefetchScreens), so
// moving on rarely waits for one.
const LOADERS = {
  start: () => import('./start-screen'),
  step: () => import('./step-screen'),
  review: () => import('./review-screen'),
  results: () => import('./results-screen'),
  combinations: () => import('./combinations-screen'),
  compare: () => import('./compare-screen'),
  handout: () => import('./handout-screen'),
}

export type ScreenModules = { [N in ScreenName]: Awaited<ReturnType<(typeof LOADERS)[N]>> }

/** Screens that show the results' texts (result-texts.ts). */
export const SHOWS_RESULTS: ReadonlySet<ScreenName> = new Set([
  'results',
  'combinations',
  'compare',
  'handout',
])

/**
 * The screens a visit opens on, with the results' texts when one of them shows them. A screen
 * whose chunk cannot load (offline before the service worker holds it) is not the catalogue
 * failing: the app renders, and the screen says so itself (useScreenModule), trying once more.
 */
export const loadScreens = (data: AppData, screens: readonly ScreenName[], i18n: I18n) =>
  Promise.all([
    ...screens.map((name) => loadScreen(name).catch(() => undefined)),
    screens.some((name) => SHOWS_RESULTS.has(name)) && loadResultTexts(data, i18n),
  ])

const loaded: Partial<ScreenModules> = {}
const pending = new Map<ScreenName, Promise<void>>()

/** Loads a screen's chunk once; a failed load is forgotten, so the next ask tries again. */
export function loadScreen(name: ScreenName): Promise<void> {
  return loadOnce(pending, name, () =>
    LOADERS[name]().then((module) => {
      ;(loaded as Record<ScreenName, unknown>)[name] = module
    }),
  )
}

/**
 * The screens not loaded yet, one per idle period (each chunk's evaluation is a task), then the
 * reset's dialog.
 */
export function prefetchScreens(): () => void {
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? cancelIdleCallback.bind(null, requestIdleCallback(run, { timeout: 3000 }))
      : clearTimeout.bind(null, setTimeout(run, 50))
  let cancel = () => {}
  const next = () => {
    const name = (Object.keys(LOADERS) as ScreenName[]).find((n) => !loaded[n])
    // Last the header's reset dialog, so that "Neu beginnen" rarely waits for it.
    if (!name) return void import('../components/confirm-dialog').catch(() => undefined)
    cancel = idle(() => void loadScreen(name).then(next, () => undefined))
  }
  next()
  return () => cancel()
}

/**
 * The screen's module when loaded, else 'loading' (its load asked for) or 'failed' (offline
 * without the chunk); the component renders again when it arrives.
 */
export function useScreenModule<N extends ScreenName>(
  name: N,
): ScreenModules[N] | 'loading' | 'failed' {
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  const [failed, setFailed] = useState<ScreenName | null>(null)
  const module = loaded[name]
  useEffect(() => {
    if (module) return
    let live = true
    loadScreen(name).then(
      () => live && arrived(),
      () => live && setFailed(name),
    )
    return () => {
      live = false
    }
  }, [name, module])
  return module ?? (failed === name ? 'failed' : 'loading')
}
