// Chromium (136 on) compiles a script that opens with this comment eagerly, every function of it,
// off the main thread while the file arrives; otherwise each function is compiled on the main
// thread when it is first called. The chunks a start or a share link's visit runs at once are
// marked: on 2026-11-30, 4× CPU throttling, twelve interleaved share link visits each, the
// results were visible after a median of 944 ms instead of 1,136 ms (every chunk marked: no
// faster; only React's chunk: 1,184 vs 1,236). The start page's timings did not change.
// Chunks loaded later stay lazy: compiling what may never run would cost memory for nothing.
// Small chunks and data (texts, the catalogue) have little to compile and would only grow by the
// comment's bytes, about 30 gzip each. Browsers without the feature read a comment.
import type { Plugin, Rollup } from 'vite'
import { resultsChunks, startChunks } from './preload-start-chunks.ts'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** Characters of minified code below which a chunk is left lazy. */
export const MIN_CODE = 8000
const DATA = /virtual:app-data|\/src\/i18n\/texts\//

const worthHint = (chunk: Rollup.OutputChunk) =>
  chunk.code.length >= MIN_CODE && !DATA.test(chunk.facadeModuleId ?? '')

/** The entries, what they import statically, and the chunks a start or a share link needs. */
export function chunksRunAtOnce(bundle: Rollup.OutputBundle): Set<string> {
  const entries = Object.values(bundle).filter(
    (c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry,
  )
  return new Set([
    ...entries.flatMap((c) => [c.fileName, ...c.imports]),
    ...startChunks(bundle),
    ...resultsChunks(bundle),
  ])
}

export function compileHintsPlugin(): Plugin {
  return {
    name: 'foerderbaukasten:compile-hints',
    apply: 'build',
    // After minification, which drops comments, and after Vite has put its preload map at the
    // top of a chunk: the comment must come first.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of chunksRunAtOnce(bundle)) {
          const chunk = bundle[file]
          if (chunk?.type === 'chunk' && worthHint(chunk)) chunk.code = COMPILE_HINT + chunk.code
        }
      },
    },
  }
}
