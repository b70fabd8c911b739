import { createStore, type StoreApi } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import type { AnswerValue, Answers, Lang } from '../domain/index'
import { initialInputs, type AppInputs, type ReturnTo, type Screen } from './inputs'
import { migratePersisted, PERSIST_VERSION, type PersistedState } from './persisted'

export interface AppActions {
  setAnswer: (id: string, value: AnswerValue | undefined) => void
  replaceAnswers: (answers: Answers) => void
  goToStep: (stepId: string, options?: { returnTo?: ReturnTo; focus?: string }) => void
  goTo: (screen: Screen) => void
  setLang: (lang: Lang) => void
  chooseCombination: (key: string) => void
  unchooseCombination: (key: string) => void
  reset: () => void
}

export type AppState = AppInputs & AppActions
export type AppStore = StoreApi<AppState>

export const STORAGE_KEY = 'foerderbaukasten'

export interface CreateStoreOptions {
  initial?: Partial<AppInputs>
  /** Where answers autosave; defaults to localStorage. Tests pass an in-memory storage. */
  storage?: StateStorage
}

export function createAppStore({ initial, storage }: CreateStoreOptions = {}): AppStore {
  return createStore<AppState>()(
    persist(
      (set) => ({
        ...initialInputs(),
        ...initial,
        setAnswer: (id, value) =>
          set((state) => {
            const answers = { ...state.answers }
            if (value === undefined) delete answers[id]
            else answers[id] = value
            return { answers }
          }),
        replaceAnswers: (answers) => set({ answers: { ...answers } }),
        goToStep: (stepId, options = {}) => set({ screen: { name: 'step', stepId, ...options } }),
        goTo: (screen) => set({ screen }),
        setLang: (lang) => set({ lang }),
        chooseCombination: (key) =>
          set((state) => (state.chosen.includes(key) ? {} : { chosen: [...state.chosen, key] })),
        unchooseCombination: (key) =>
          set((state) => ({ chosen: state.chosen.filter((k) => k !== key) })),
        // The language is a preference, not an answer: starting over keeps it.
        reset: () => set((state) => initialInputs(state.lang)),
      }),
      {
        name: STORAGE_KEY,
        version: PERSIST_VERSION,
        storage: createJSONStorage(() => storage ?? localStorage),
        partialize: (state): PersistedState => ({
          answers: state.answers,
          screen: state.screen,
          lang: state.lang,
          chosen: state.chosen,
        }),
        migrate: (persisted, version) => migratePersisted(persisted, version),
        // Nothing stored yet: keep the initial inputs (e.g. from a share link) as they are.
        merge: (persisted, current) =>
          persisted === undefined || persisted === null
            ? current
            : { ...current, ...migratePersisted(persisted, PERSIST_VERSION) },
      },
    ),
  )
}
