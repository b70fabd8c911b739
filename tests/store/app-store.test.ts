import { expect, it } from 'vitest'
import { keepValidAnswers } from '../../src/domain/answers/parse-answers'
import { createAppStore, STORAGE_KEY } from '../../src/store/app-store'
import { PERSIST_VERSION } from '../../src/store/persisted'
import { questions } from '../fixtures/data'
import { memoryStorage } from '../render'

it('saves the inputs and restores them in a new store on the same storage', () => {
  const storage = memoryStorage()
  const first = createAppStore({ storage })
  first.getState().setAnswer('population', 4800)
  first.getState().goToStep('place')
  first.getState().setLang('en')
  first.getState().chooseCombination('a+b')

  const second = createAppStore({ storage }).getState()
  expect(second.answers).toEqual({ population: 4800 })
  expect(second.screen).toEqual({ name: 'step', stepId: 'place' })
  expect(second.lang).toBe('en')
  expect(second.chosen).toEqual(['a+b'])
})

it('stores inputs only, under a version', () => {
  const storage = memoryStorage()
  createAppStore({ storage }).getState().setAnswer('charitable', true)
  const saved = JSON.parse(storage.data.get(STORAGE_KEY) as string)
  expect(saved.version).toBe(PERSIST_VERSION)
  expect(Object.keys(saved.state).sort()).toEqual([
    'answers',
    'chosen',
    'lang',
    'resultsFilter',
    'screen',
  ])
})

it('migrates a version-0 entry, which held the answers alone', () => {
  const storage = memoryStorage()
  storage.setItem(STORAGE_KEY, JSON.stringify({ state: { population: 900 }, version: 0 }))
  const state = createAppStore({ storage }).getState()
  expect(state.answers).toEqual({ population: 900 })
  expect(state.screen).toEqual({ name: 'start' })
})

it('falls back to a fresh start when the stored screen or language is unreadable', () => {
  const storage = memoryStorage()
  const state = { answers: {}, screen: { name: 'nowhere' }, lang: 'fr', chosen: 'x' }
  storage.setItem(STORAGE_KEY, JSON.stringify({ state, version: PERSIST_VERSION }))
  const restored = createAppStore({ storage }).getState()
  expect(restored.screen).toEqual({ name: 'start' })
  expect(restored.lang).toBe('de')
  expect(restored.chosen).toEqual([])
})

it('clears answers, screen and choices on reset but keeps the language', () => {
  const store = createAppStore({ storage: memoryStorage() })
  store.getState().setAnswer('population', 1)
  store.getState().setLang('en')
  store.getState().goTo({ name: 'results' })
  store.getState().reset()
  expect(store.getState()).toMatchObject({
    answers: {},
    screen: { name: 'start' },
    lang: 'en',
    chosen: [],
  })
})

it('removes an answer when it is set to undefined', () => {
  const store = createAppStore({ storage: memoryStorage() })
  store.getState().setAnswer('population', 1)
  store.getState().setAnswer('population', undefined)
  expect(store.getState().answers).toEqual({})
})

it('starts from the given inputs when nothing is stored yet', () => {
  const store = createAppStore({
    storage: memoryStorage(),
    initial: { screen: { name: 'results' }, answers: { population: 3 } },
  })
  expect(store.getState()).toMatchObject({
    screen: { name: 'results' },
    answers: { population: 3 },
  })
})

it('opens a share link in one update: its answers and marks replace the old ones', () => {
  const store = createAppStore({ storage: memoryStorage() })
  store.getState().setAnswer('population', 4800)
  store.getState().chooseCombination('x+y')
  let updates = 0
  store.subscribe(() => updates++)
  store.getState().openSharedLink({
    answers: { charitable: true },
    combinations: [['b', 'a'], ['c'], ['a', 'b']],
  })
  expect(updates).toBe(1)
  expect(store.getState()).toMatchObject({
    answers: { charitable: true },
    chosen: ['a+b', 'c'],
    screen: { name: 'results' },
  })
})

it('drops only the saved answers the questionnaire no longer accepts', () => {
  const store = createAppStore({
    storage: memoryStorage(),
    initial: { answers: { population: 4800, charitable: 'yes please', gone: 1 } },
  })
  let updates = 0
  store.subscribe(() => updates++)
  store.getState().dropInvalidAnswers((answers) => keepValidAnswers(answers, questions))
  expect(store.getState().answers).toEqual({ population: 4800 })
  expect(updates).toBe(1)
  // Nothing left to drop: no update, so nothing re-renders.
  store.getState().dropInvalidAnswers((answers) => keepValidAnswers(answers, questions))
  expect(updates).toBe(1)
})
