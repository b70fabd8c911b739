import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
// By path, not through the domain's index: the store ships in the entry chunk, and the index
// would pull the whole domain (engine, phrases) in with it.
import { combinationKey } from '../domain/combinations/combination-key'
import type { AnswerValue, Answers, Lang } from '../domain/index'
import {
  initialInputs,
  type AppInputs,
  type ResultsFilter,
  type ReturnTo,
  type Screen,
} from './inputs'
import { migratePersisted, PERSIST_VERSION, sharedInputs, type PersistedState } from './persisted'

export interface AppActions {
  setAnswer: (id: string, value: AnswerValue | undefined) => void
  replaceAnswers: (answers: Answers) => void
  /**
   * Opens a share link in one update: its answers and marked combinations replace this tab's,
   * and the results show.
   */
  openSharedLink: (link: { answers: Answers; combinations: readonly string[][] }) => void
  /**
   * Drops saved answers the current questionnaire no longer accepts; no update when all fit.
   * `keepValid` is the domain's keepValidAnswers for that questionnaire, passed in by the screens
   * so the entry chunk ships without the answer checks.
   */
  dropInvalidAnswers: (keepValid: (answers: Answers) => KeptAnswers) => void
  goToStep: (stepId: string, options?: { returnTo?: ReturnTo; focus?: string }) => void
  goTo: (screen: Screen) => void
  setLang: (lang: Lang) => void
  chooseCombination: (key: string) => void
  unchooseCombination: (key: string) => void
  setResultsFilter: (filter: ResultsFilter) => void
  reset: () => void
}

export interface KeptAnswers {
  answers: Answers
  dropped: readonly unknown[]
}

export type AppState = AppInputs & AppActions
export type AppStore = StoreApi<AppState>
/** The store as createAppStore makes it, with zustand's persist API (followOtherTabs needs it). */
export type SavedAppStore = Mutate<AppStore, [['zustand/persist', unknown]]>

export const STORAGE_KEY = 'foerderbaukasten'

export interface CreateStoreOptions {
  initial?: Partial<AppInputs>
  /** Where answers autosave; defaults to localStorage. Tests pass an in-memory storage. */
  storage?: StateStorage
}

export function createAppStore({ initial, storage }: CreateStoreOptions = {}): SavedAppStore {
  // Unset when there is no storage: a browser that blocks it throws on `localStorage`, and the
  // app then works without saving (persist stays out of the way).
  let saved: WatchedStorage | undefined
  // Set once the saved inputs were first read; later reads bring another tab's changes.
  let hydrated = false
  return createStore<AppState>()(
    persist(
      (set, get, api) => {
        // Every tab saves its whole state. Another tab may have saved since this one last read or
        // wrote: take that in first, so no change here writes older answers over it (issue 13).
        const change = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => {
          if (saved?.changedElsewhere()) void api.persist.rehydrate()
          set(partial)
        }
        return {
          ...initialInputs(),
          ...initial,
          setAnswer: (id, value) =>
            change((state) => {
              const answers = { ...state.answers }
              if (value === undefined) delete answers[id]
              else answers[id] = value
              return { answers }
            }),
          replaceAnswers: (answers) => change({ answers: { ...answers } }),
          openSharedLink: (link) =>
            change({
              answers: { ...link.answers },
              chosen: [...new Set(link.combinations.map(combinationKey))],
              screen: { name: 'results' },
            }),
          dropInvalidAnswers: (keepValid) => {
            // Most starts have nothing to drop: then no update at all, so nothing re-renders.
            if (keepValid(get().answers).dropped.length === 0) return
            change((state) => ({ answers: keepValid(state.answers).answers }))
          },
          goToStep: (stepId, options = {}) =>
            change({ screen: { name: 'step', stepId, ...options } }),
          goTo: (screen) => change({ screen }),
          setLang: (lang) => change({ lang }),
          chooseCombination: (key) =>
            change((state) =>
              state.chosen.includes(key) ? {} : { chosen: [...state.chosen, key] },
            ),
          unchooseCombination: (key) =>
            change((state) => ({ chosen: state.chosen.filter((k) => k !== key) })),
          setResultsFilter: (resultsFilter) => change({ resultsFilter: { ...resultsFilter } }),
          // The language is a preference, not an answer: starting over keeps it.
          reset: () => change((state) => initialInputs(state.lang)),
        }
      },
      {
        name: STORAGE_KEY,
        version: PERSIST_VERSION,
        storage: createJSONStorage(() => (saved = watchedStorage(storage ?? localStorage)).storage),
        partialize: (state): PersistedState => ({
          answers: state.answers,
          screen: state.screen,
          lang: state.lang,
          chosen: state.chosen,
          resultsFilter: state.resultsFilter,
        }),
        migrate: (persisted, version) => migratePersisted(persisted, version),
        // Nothing stored yet: keep the initial inputs (e.g. from a share link) as they are. Once
        // started, a tab takes in another tab's inputs but keeps its own screen (and history).
        merge: (persisted, current) => {
          if (persisted === undefined || persisted === null) return current
          const inputs = migratePersisted(persisted, PERSIST_VERSION)
          return { ...current, ...(hydrated ? sharedInputs(inputs) : inputs) }
        },
        onRehydrateStorage: () => () => {
          hydrated = true
        },
      },
    ),
  )
}

/**
 * The storage, remembering the value this tab last read or wrote. A saved value it has not seen
 * was written by another tab. A failed write keeps the old value "seen", so this tab's newer
 * inputs are not replaced by what it could not save over.
 */
function watchedStorage(backing: StateStorage) {
  let seen: string | null = null
  const storage: StateStorage = {
    getItem: (name) => {
      const value = backing.getItem(name)
      if (typeof value === 'string' || value === null) seen = value
      return value
    },
    setItem: (name, value) => {
      backing.setItem(name, value)
      seen = value
    },
    removeItem: (name) => {
      backing.removeItem(name)
      seen = null
    },
  }
  const changedElsewhere = (): boolean => {
    const value = backing.getItem(STORAGE_KEY)
    return typeof value === 'string' && value !== seen
  }
  return { storage, changedElsewhere }
}

type WatchedStorage = ReturnType<typeof watchedStorage>
