// The start screen needs the catalogue, the app around the screens and the start screen's own
// chunk, which the entry imports lazily (the start screen through loaded-app). Hinting them with
// <link rel="modulepreload"> lets the browser fetch them alongside the entry instead of after it
// has run: no network round trip between the entry and the first usable screen. Which chunks
// those are is worked out here; scripts/build/link-visit-plugin.ts hints them.
import type { Rollup } from 'vite'

/**
 * Modules loaded lazily that a (German) start does not wait for, so they are not hinted: the
 * English texts of the interface and the catalogue load only for an English visit or a switch;
 * the results' screens' texts, the interface's and the programmes', when the page is idle or such
 * a screen is shown (src/ui/screens/result-texts.ts); the catalogue's details only when something
 * asks for them (src/catalogue-pieces.ts); every screen but the start screen when the page is
 * idle or a visit opens on it (src/ui/screens/screen-modules.ts); the calendar file when it is
 * downloaded; the share link's gate and decoder only for a page opened with a fragment
 * (src/ui/share/link-gate.tsx); the reset's dialog when the page is idle or it is opened.
 */
export const NOT_AT_START =
  /(\/src\/i18n\/texts\/(en|de-results|en-results)\.ts|\/src\/ui\/components\/confirm-dialog\.tsx|virtual:app-data\/(texts-en|results-de|results-en|details-de|details-en)|\/src\/ui\/screens\/(step|review|results|combinations|compare|handout)-screen\.tsx|\/src\/export\/ics-file\.ts|\/src\/ui\/share\/shared-link-gate\.tsx)$/

/** The app, which the entry (src/boot.ts) imports once the start page is painted. */
export const APP = /\/src\/main\.tsx$/

/**
 * The results screen, the catalogue's (German) texts it shows and the gate that reads the link:
 * a share link's visit opens on them (scripts/build/link-visit-plugin.ts).
 */
const RESULTS_VISIT =
  /(\/src\/ui\/screens\/results-screen\.tsx|virtual:app-data\/results-de|\/src\/i18n\/texts\/de-results\.ts|\/src\/ui\/share\/shared-link-gate\.tsx)$/

const chunksOf = (bundle: Rollup.OutputBundle) =>
  Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')

/**
 * Chunks reached from `from` through static imports and through dynamic imports whose module
 * `follow` accepts, without the entries' own static imports (their script tag loads them).
 */
function reached(
  bundle: Rollup.OutputBundle,
  from: Rollup.OutputChunk[],
  follow: (moduleId: string) => boolean,
): string[] {
  const chunks = chunksOf(bundle)
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const files = new Set<string>()
  const add = (file: string) => {
    const chunk = byFile.get(file)
    if (!chunk || files.has(file)) return
    files.add(file)
    visit(chunk)
  }
  const visit = (chunk: Rollup.OutputChunk) => {
    chunk.imports.forEach(add)
    chunk.dynamicImports.filter((f) => follow(byFile.get(f)?.facadeModuleId ?? '')).forEach(add)
  }
  from.forEach(visit)
  for (const entry of chunks.filter((c) => c.isEntry))
    [entry.fileName, ...entry.imports].forEach((f) => files.delete(f))
  return [...files]
}

/** What a first German start loads besides the entry. */
export const startChunks = (bundle: Rollup.OutputBundle) =>
  reached(
    bundle,
    chunksOf(bundle).filter((c) => c.isEntry),
    (id) => !NOT_AT_START.test(id),
  )

/** What a share link's results need beyond a start: the results screen, its texts and imports. */
export function resultsChunks(bundle: Rollup.OutputBundle): string[] {
  const start = new Set(startChunks(bundle))
  const results = chunksOf(bundle).filter((c) => RESULTS_VISIT.test(c.facadeModuleId ?? ''))
  const files = [...results.map((c) => c.fileName), ...reached(bundle, results, () => false)]
  return files.filter((f) => !start.has(f))
}
