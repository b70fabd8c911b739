// A share link (#v1.…) opens on its results, yet index.html carries the prerendered start page:
// styling, laying out and painting it took the main thread for about half a second (4× CPU
// throttling) just before the app replaced it, and the scripts' arrival queued behind that frame.
// A tiny blocking script in <head>, before any of the page is parsed, hides the page on such a
// visit; src/main.tsx empties the static page and shows the document again when it mounts.
// An external script, so the CSP without inline scripts stays as it is.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * The mark src/main.tsx looks for; set through the CSSOM, which CSP does not govern. Should the
 * app not start within 5 s (a failed chunk, a very slow device), the page shows again rather
 * than stay blank: the static start page, as before this script.
 */
export const LINK_VISIT_SOURCE =
  "if(/^#v\\d/.test(location.hash))(function(s){s.display='none';" +
  "setTimeout(function(){s.display=''},5000)})(document.documentElement.style)\n"

const FILE = `assets/link-visit-${createHash('sha256').update(LINK_VISIT_SOURCE).digest('hex').slice(0, 8)}.js`

export function linkVisitPlugin(): Plugin {
  return {
    name: 'foerderbaukasten:link-visit',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: LINK_VISIT_SOURCE })
    },
    transformIndexHtml: () => [
      { tag: 'script', attrs: { src: `/${FILE}` }, injectTo: 'head' as const },
    ],
  }
}
