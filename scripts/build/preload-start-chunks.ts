// The start screen needs the catalogue and the screens, which the entry imports lazily. Hinting
// them with <link rel="modulepreload"> lets the browser fetch them alongside the entry instead of
// after it has run: one network round trip less before the first usable screen.
import type { Plugin, Rollup } from 'vite'

/**
 * Modules the entry may load that a (German) start does not wait for, so they are not hinted:
 * the English texts of the interface and the catalogue load only for an English visit or a
 * switch, the catalogue's details only when something asks for them (src/catalogue-source.ts).
 */
export const NOT_AT_START =
  /(\/src\/i18n\/texts\/en\.ts|virtual:app-data\/(texts-en|details-de|details-en))$/

function startChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const files = new Set<string>()
  const add = (file: string) => {
    const chunk = byFile.get(file)
    if (files.has(file) || NOT_AT_START.test(chunk?.facadeModuleId ?? '')) return
    files.add(file)
    chunk?.imports.forEach(add)
  }
  const entries = chunks.filter((c) => c.isEntry)
  entries.forEach((entry) => entry.dynamicImports.forEach(add))
  // The entry and its static imports already load through the entry's own script tag.
  entries.forEach((entry) => [entry.fileName, ...entry.imports].forEach((f) => files.delete(f)))
  return [...files]
}

export function preloadStartChunks(): Plugin {
  return {
    name: 'foerderbaukasten:preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        ctx.bundle
          ? startChunks(ctx.bundle).map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
              injectTo: 'head' as const,
            }))
          : [],
    },
  }
}
