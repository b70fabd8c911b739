import type { AppInputs } from '../store/inputs'

/**
 * True when the build's static start page (German, start screen, no share link) is what this
 * visitor's state shows first, so the page can stay as it is until the app has loaded.
 */
export function showsPrerenderedPage(
  root: Element,
  state: Pick<AppInputs, 'screen' | 'lang'>,
  hash: string,
): boolean {
  return (
    root.hasChildNodes() &&
    state.screen.name === 'start' &&
    state.lang === 'de' &&
    (hash === '' || hash === '#')
  )
}
