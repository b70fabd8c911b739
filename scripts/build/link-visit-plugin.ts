// A share link (#v1.…) opens on its results, yet index.html carries the prerendered start page:
// styling, laying out and painting it took the main thread for about half a second (4× CPU
// throttling) just before the app replaced it, and the scripts' arrival queued behind that frame.
// A tiny blocking script in <head>, before any of the page is parsed, hides the page on such a
// visit; src/main.tsx empties the static page and shows the document again when it mounts.
//
// The same script hints the chunks a visit needs (modulepreload), so they load alongside the
// entry rather than after it has run: on a share link's visit at once, the start's and the
// results screen's; on any other visit the start's, once the start page is painted. As
// <link rel="modulepreload"> tags in index.html they cost the first paint ≈ 150 ms of the main
// thread at 4× CPU throttling (14 requests set up while the page is parsed; start page visible
// 1,072 → 920 ms, measured 2026-11-30), for chunks the app imports only after that paint.
// An external script, so the CSP without inline scripts stays as it is.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { resultsChunks, startChunks } from './preload-start-chunks.ts'

/**
 * The script's source for the start's and the results screen's chunk files. The mark
 * src/main.tsx looks for is set through the CSSOM, which CSP does not govern. Should the app not
 * start within 5 s (a failed chunk, a very slow device), the page shows again rather than stay
 * blank: the static start page, as before this script.
 */
export const linkVisitSource = (start: readonly string[], results: readonly string[]) => {
  const files = (list: readonly string[]) => JSON.stringify(list.map((f) => `/${f}`))
  return (
    '(function(){function hint(h){' +
    "var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;" +
    'document.head.appendChild(l)}' +
    "if(/^#v\\d/.test(location.hash)){(function(s){s.display='none';" +
    "setTimeout(function(){s.display=''},5000)})(document.documentElement.style);" +
    `${files([...start, ...results])}.forEach(hint)}` +
    // A frame callback runs just before the first paint; a task queued from it runs after it.
    // One task per hint: each costs the main thread ≈ 7 ms at 4× CPU throttling, which in one
    // task made a long one (114 ms in one traced start) just when the page should respond.
    `else requestAnimationFrame(function(){${files(start)}.forEach(function(h){` +
    'setTimeout(function(){hint(h)})})})})()\n'
  )
}

export function linkVisitPlugin(): Plugin {
  let file = ''
  return {
    name: 'foerderbaukasten:link-visit',
    apply: 'build',
    // Runs before the HTML is written (Vite's HTML plugin comes after the project's plugins),
    // once the chunks' names are known.
    generateBundle(_options, bundle) {
      const source = linkVisitSource(startChunks(bundle), resultsChunks(bundle))
      file = `assets/link-visit-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`
      this.emitFile({ type: 'asset', fileName: file, source })
    },
    transformIndexHtml: () => {
      if (!file) throw new Error('link-visit: the script is named once the chunks are known')
      return [{ tag: 'script', attrs: { src: `/${file}` }, injectTo: 'head' as const }]
    },
  }
}
