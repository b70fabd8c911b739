// The results' screens show texts a start does without: the programmes' texts
// (src/catalogue-pieces.ts) and those screens' interface texts (src/i18n/texts/*-results.ts).
import { useEffect, useReducer } from 'react'
import { useTranslation } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { hasPieceInAnyLanguage, loadPiece } from '../../catalogue-pieces'
import type { AppData } from '../../catalogue-source'
import { useData, usePiece } from '../data-context'

/** The interface's namespaces in the results' chunk (tests/ui/i18n-keys.test.ts keeps them so). */
export const RESULT_NAMESPACES = ['results', 'combinations', 'share', 'compare', 'handout']

const hasResultTexts = (data: AppData, i18n: I18n) =>
  hasPieceInAnyLanguage(data, 'results') &&
  RESULT_NAMESPACES.every((ns) => i18n.hasLoadedNamespace(ns))

/** Loads the results' texts in the language the data were first loaded in, and i18n's. */
export const loadResultTexts = (data: AppData, i18n: I18n): Promise<unknown> =>
  Promise.all([loadPiece(data, 'results'), i18n.loadNamespaces(RESULT_NAMESPACES)])

/**
 * True once the results' texts are there; asks for them when `wanted` (a results' screen is
 * shown) and renders again when they arrive. After a language switch another loaded language
 * stands in for the programmes' texts until the current one's are there (usePiece).
 */
export function useResultTexts(wanted: boolean): boolean {
  const { data } = useData()
  const { i18n } = useTranslation()
  usePiece('results', wanted)
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  const ready = hasResultTexts(data, i18n)
  useEffect(() => {
    if (ready || !wanted) return
    let live = true
    loadResultTexts(data, i18n).then(
      () => live && arrived(),
      () => undefined, // shown as still loading; the next render asks again
    )
    return () => {
      live = false
    }
  }, [data, i18n, ready, wanted])
  return ready
}
