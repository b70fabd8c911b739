import type { AppInputs } from '../store/inputs'

/**
 * How the app takes over index.html's start page (German, rendered at build time for a first
 * visit, its buttons disabled):
 * - 'hydrate': this visitor would see exactly that page, so the app adopts its elements;
 * - 'replace': another German visit (saved answers, another screen, a share link) keeps the
 *   static page until the app can show its own screen in one step, without a loading state;
 * - 'now': an English visit, or no static page, renders at once (with a loading state).
 */
export type Takeover = 'hydrate' | 'replace' | 'now'

export function takeover(
  root: Element,
  state: Pick<AppInputs, 'screen' | 'lang' | 'answers' | 'chosen'>,
  hash: string,
): Takeover {
  if (!root.hasChildNodes() || state.lang !== 'de') return 'now'
  const firstVisit =
    state.screen.name === 'start' &&
    (hash === '' || hash === '#') &&
    Object.keys(state.answers).length === 0 &&
    state.chosen.length === 0
  return firstVisit ? 'hydrate' : 'replace'
}

/** The static page disables its buttons until the app runs; hydration expects them as rendered. */
export function enableButtons(root: Element): void {
  root.querySelectorAll('button[disabled]').forEach((b) => b.removeAttribute('disabled'))
}
