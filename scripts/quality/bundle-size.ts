// Measures what a first visit downloads, from Vite's build manifest (build.manifest: true).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { APP, NOT_AT_START } from '../build/preload-start-chunks'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export interface BundleSizes {
  /** Entry chunks and their static imports: what the first page must run. */
  initialJs: { files: string[]; gzipBytes: number }
  /** CSS the first page loads: its own stylesheet, and the app's. */
  initialCss: { files: string[]; gzipBytes: number }
  /** Initial JS plus the lazy chunks a German start loads at once (catalogue, texts, the start
   *  screen): all the JavaScript before the first usable screen. */
  startJs: { files: string[]; gzipBytes: number }
  /** The catalogue's share of startJs: the data chunks (virtual:app-data…) loaded at start. */
  startData: { files: string[]; gzipBytes: number }
  /** Chunks loaded later (import()), each with its size, e.g. the catalogue data. */
  lazy: Array<{ file: string; gzipBytes: number }>
}

/** Gzip at zlib's default level 6, as a typical web server sends it (a little larger than -9). */
export const gzipSize = (path: string) => gzipSync(readFileSync(path)).length

export function measureBundle(dist: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const initial = new Set<string>()
  const visit = (key: string) => {
    if (initial.has(key)) return
    initial.add(key)
    for (const next of manifest[key]?.imports ?? []) visit(next)
  }
  Object.entries(manifest).forEach(([key, chunk]) => chunk.isEntry && visit(key))
  // The entry (src/boot.ts) imports the app (src/main.tsx) once the start page is painted: the
  // app is part of what the first page must run, as it was when it was the entry itself.
  Object.entries(manifest).forEach(
    ([, chunk]) =>
      chunk.isEntry && (chunk.dynamicImports ?? []).filter((k) => APP.test(`/${k}`)).forEach(visit),
  )
  const jsFiles = [...initial].map((key) => manifest[key]!.file).filter((f) => f.endsWith('.js'))
  // The app's stylesheet comes with the app; index.html links the start page's own one
  // (scripts/build/start-css-plugin.ts), which Vite's manifest does not know.
  const linked = [
    ...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(
      /<link rel="stylesheet"[^>]* href="\/([^"]+\.css)"/g,
    ),
  ].map((m) => m[1]!)
  const cssFiles = [
    ...new Set([...linked, ...[...initial].flatMap((key) => manifest[key]!.css ?? [])]),
  ]
  const atStart = new Set<string>()
  // Static imports always, dynamic ones unless a start does without them (the start screen is
  // a dynamic import of the app around the screens, and waited for).
  const visitLazy = (key: string) => {
    if (initial.has(key) || atStart.has(key) || NOT_AT_START.test(`/${key}`)) return
    atStart.add(key)
    for (const next of manifest[key]?.imports ?? []) visitLazy(next)
    for (const next of manifest[key]?.dynamicImports ?? []) visitLazy(next)
  }
  Object.entries(manifest).forEach(
    ([key, chunk]) => initial.has(key) && (chunk.dynamicImports ?? []).forEach(visitLazy),
  )
  const startFiles = [...jsFiles, ...[...atStart].map((key) => manifest[key]!.file)]
  const dataFiles = [...atStart]
    .filter((key) => key.startsWith('virtual:app-data'))
    .map((key) => manifest[key]!.file)
  const lazyFiles = Object.entries(manifest)
    .filter(([key, chunk]) => !initial.has(key) && chunk.file.endsWith('.js'))
    .map(([, chunk]) => chunk.file)
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipSize(join(dist, f)), 0)
  return {
    initialJs: { files: jsFiles, gzipBytes: sum(jsFiles) },
    initialCss: { files: cssFiles, gzipBytes: sum(cssFiles) },
    startJs: { files: startFiles, gzipBytes: sum(startFiles) },
    startData: { files: dataFiles, gzipBytes: sum(dataFiles) },
    lazy: lazyFiles.map((file) => ({ file, gzipBytes: gzipSize(join(dist, file)) })),
  }
}

/** Kilobytes of 1,000 bytes, as Vite prints them. */
export const kb = (bytes: number) => Math.round(bytes / 100) / 10
