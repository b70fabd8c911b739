// The static start page's start button works before the app has loaded. index.html carries the
// start page, rendered at build time with its buttons disabled; the app (React, the catalogue,
// the texts) takes ≈ 1 s longer to load than the page takes to show on a slow device. boot.ts
// wires the start button at once: a click before the app is there is kept, shown as under way,
// and carried out by the app as soon as it can (takeStartRequests). When React adopts the
// static page, this handler lets go of the button (releaseStartButton); when the app renders
// its own page instead, the static button leaves with the static page.

/** The attribute that marks the start page's start button, in the app and the static page. */
export const START_BUTTON = 'data-start'
/** The button's text while a click waits for the app (from the page, so in its language). */
export const BUSY_TEXT = 'data-busy-text'

let pending = false
let carryOut: (() => void) | null = null

function onClick(event: Event) {
  if (carryOut) return carryOut()
  pending = true
  const button = event.currentTarget as HTMLButtonElement
  button.setAttribute('aria-disabled', 'true')
  const label = button.querySelector('.kern-label')
  const busy = button.getAttribute(BUSY_TEXT)
  if (label && busy) label.textContent = busy
  // The page's main region is about to change: assistive technology may wait for it.
  button.closest('main')?.setAttribute('aria-busy', 'true')
}

/** Lets the static page's start button, if there is one, take clicks. */
export function wireStartButton(root: ParentNode): void {
  const button = root.querySelector<HTMLButtonElement>(`button[${START_BUTTON}]`)
  button?.removeAttribute('disabled')
  button?.addEventListener('click', onClick)
}

/** A click waits for the app; the static page then shows it as under way. */
export const startPending = () => pending

/**
 * The app is ready to start the questionnaire: a click that waited is carried out now, and
 * later clicks on the static page's button go straight to `start`.
 */
export function takeStartRequests(start: () => void): void {
  carryOut = start
  if (pending) {
    pending = false
    start()
  }
}

/**
 * React has adopted the static page (hydration): from now on it handles the button's clicks
 * itself (it replays one made while it hydrates), so this handler lets go.
 */
export function releaseStartButton(root: ParentNode): void {
  root.querySelector(`button[${START_BUTTON}]`)?.removeEventListener('click', onClick)
}
