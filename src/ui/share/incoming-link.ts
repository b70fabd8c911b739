import type { Answers } from '../../domain/answers/answer'
import { byCodeUnits } from '../../domain/by-code-units'
import { decodeShareLink, type DecodeResult } from '../../domain/share/decode'
import type { DataContextValue } from '../data-context'

/** What to do with the fragment the page was opened with. */
export type Incoming =
  | { kind: 'none' }
  | { kind: 'invalid'; result: Extract<DecodeResult, { ok: false }>; hadSaved: boolean }
  | { kind: 'ask'; result: Extract<DecodeResult, { ok: true }> }
  | { kind: 'apply'; result: Extract<DecodeResult, { ok: true }> }

export function readIncoming(hash: string, data: DataContextValue, saved: Answers): Incoming {
  if (hash === '' || hash === '#' || namesElement(hash)) return { kind: 'none' }
  const result = decodeShareLink(hash, {
    questionnaire: data.questionnaire,
    programIds: data.catalogue.programs.map((p) => p.id),
    catalogueAsOf: data.catalogue.asOf,
  })
  const hadSaved = Object.keys(saved).length > 0
  if (!result.ok) return { kind: 'invalid', result, hadSaved }
  // Saved answers are never replaced silently: only when there are none, or they are the same.
  const same = JSON.stringify(sorted(saved)) === JSON.stringify(sorted(result.answers))
  return { kind: hadSaved && !same ? 'ask' : 'apply', result }
}

/**
 * A fragment that names an element of the page is a jump within it, not a link: the skip link
 * ("Zum Inhalt springen", `#main`) sets one when it is used on the start page before the app's
 * script runs. A share link (`#v1.…`) never looks like an id.
 */
function namesElement(hash: string): boolean {
  return /^#[A-Za-z][\w-]*$/.test(hash) && document.getElementById(hash.slice(1)) !== null
}

// Any fixed order will do for comparing two sets of answers; code units need no collator.
function sorted(answers: Answers): [string, unknown][] {
  return Object.entries(answers)
    .map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? [...v].sort() : v])
    .sort(([a], [b]) => byCodeUnits(a, b))
}

/** Removes the fragment from the address bar, so a reload does not open the link again. */
export function clearFragment(): void {
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', `${pathname}${search}`)
}
