// @vitest-environment jsdom
// Two tabs of the app share one localStorage; here two stores on jsdom's localStorage play them.
// The browser sends a `storage` event to the other tabs after each save; the tests send it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppStore, STORAGE_KEY, type AppState } from '../../src/store/app-store'
import { followOtherTabs } from '../../src/store/other-tabs'

beforeEach(() => localStorage.clear())
afterEach(() => vi.restoreAllMocks())

const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')?.state
const storageEvent = (key: string | null = STORAGE_KEY) => new StorageEvent('storage', { key })

describe('an action in a tab that has not yet heard of another tab', () => {
  const actions: [string, (s: AppState) => void][] = [
    ['switches the language', (s) => s.setLang('en')],
    ['goes to a screen', (s) => s.goTo({ name: 'results' })],
    ['goes to a step', (s) => s.goToStep('place')],
    ['marks a combination', (s) => s.chooseCombination('a+b')],
    ['answers another question', (s) => s.setAnswer('charitable', true)],
  ]

  it.each(actions)('keeps the answers given there when it %s', (_, action) => {
    const tabA = createAppStore()
    const tabB = createAppStore() // opened before A's answer, no event delivered yet
    tabA.getState().setAnswer('population', 4800)

    action(tabB.getState())

    expect(saved().answers).toMatchObject({ population: 4800 })
    expect(tabB.getState().answers).toMatchObject({ population: 4800 })
    expect(createAppStore().getState().answers).toMatchObject({ population: 4800 })
  })

  it('saves its own change on top, and keeps its own screen', () => {
    const tabA = createAppStore()
    const tabB = createAppStore()
    tabA.getState().goTo({ name: 'results' })
    tabA.getState().setAnswer('population', 4800)
    tabB.getState().setLang('en')
    expect(saved()).toMatchObject({
      answers: { population: 4800 },
      lang: 'en',
      screen: { name: 'start' },
    })
    expect(tabB.getState().screen).toEqual({ name: 'start' })
  })
})

describe('a tab that follows the others', () => {
  it('shows their answers, language and choices when told of a save, without saving itself', () => {
    const tabA = createAppStore()
    const tabB = createAppStore()
    const events = new EventTarget()
    followOtherTabs(tabB, events)
    tabA.getState().setAnswer('population', 4800)
    tabA.getState().setLang('en')
    tabA.getState().chooseCombination('a+b')
    tabA.getState().goTo({ name: 'results' })
    const before = localStorage.getItem(STORAGE_KEY)

    events.dispatchEvent(storageEvent())

    expect(tabB.getState()).toMatchObject({
      answers: { population: 4800 },
      lang: 'en',
      chosen: ['a+b'],
      // Another tab's navigation does not move this one.
      screen: { name: 'start' },
    })
    // Catching up writes nothing, so the tabs cannot set each other off.
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before)
  })

  it('ignores other keys, reads again after the storage was cleared, and stops when asked', () => {
    const tabA = createAppStore()
    const tabB = createAppStore()
    const events = new EventTarget()
    const stop = followOtherTabs(tabB, events)
    tabA.getState().setAnswer('population', 4800)

    events.dispatchEvent(storageEvent('something-else'))
    expect(tabB.getState().answers).toEqual({})

    events.dispatchEvent(storageEvent(null))
    expect(tabB.getState().answers).toEqual({ population: 4800 })

    stop()
    tabA.getState().setAnswer('population', 900)
    events.dispatchEvent(storageEvent())
    expect(tabB.getState().answers).toEqual({ population: 4800 })
  })

  it('reads the saved inputs again when the page comes back from the back-forward cache', () => {
    const tabA = createAppStore()
    const tabB = createAppStore()
    const events = new EventTarget()
    followOtherTabs(tabB, events)
    tabA.getState().setAnswer('population', 4800)

    events.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }))
    expect(tabB.getState().answers).toEqual({})

    events.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
    expect(tabB.getState().answers).toEqual({ population: 4800 })
  })
})

it('works without saving where the browser blocks storage', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
  const tab = createAppStore()
  const events = new EventTarget()
  followOtherTabs(tab, events)
  tab.getState().setAnswer('population', 4800)
  tab.getState().setLang('en')
  events.dispatchEvent(storageEvent())
  expect(tab.getState()).toMatchObject({ answers: { population: 4800 }, lang: 'en' })
  // zustand's persist says it could not save (the path a blocked storage takes).
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/storage is currently unavailable/))
})
