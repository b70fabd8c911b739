import type { Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { resultsChunks, startChunks } from '../../scripts/build/preload-start-chunks'
import { linkVisitSource } from '../../scripts/build/link-visit-plugin'

/** A bundle of chunks by file name: the module each one is for, and its imports. */
function bundle(
  chunks: Record<string, { id?: string; entry?: boolean; imports?: string[]; lazy?: string[] }>,
): Rollup.OutputBundle {
  return Object.fromEntries(
    Object.entries(chunks).map(([fileName, c]) => [
      fileName,
      {
        type: 'chunk',
        fileName,
        facadeModuleId: c.id ?? null,
        isEntry: c.entry ?? false,
        imports: c.imports ?? [],
        dynamicImports: c.lazy ?? [],
      } as unknown as Rollup.OutputChunk,
    ]),
  )
}

// The app's shape: a small entry importing the app, which loads the catalogue and the app around
// the screens; that one loads each screen lazily, and screens share chunks.
const app = bundle({
  'boot.js': { id: '/p/src/boot.ts', entry: true, lazy: ['main.js'] },
  'main.js': {
    id: '/p/src/main.tsx',
    imports: ['react.js'],
    lazy: ['data.js', 'en.js', 'loaded-app.js'],
  },
  'react.js': {},
  'data.js': { id: 'virtual:app-data', lazy: ['results-de.js', 'results-en.js'] },
  'results-de.js': { id: '\0virtual:app-data/results-de' },
  'results-en.js': { id: '\0virtual:app-data/results-en' },
  'en.js': { id: '/p/src/i18n/texts/en.ts' },
  'loaded-app.js': {
    id: '/p/src/ui/loaded-app.tsx',
    imports: ['react.js', 'shared.js'],
    lazy: ['start.js', 'results.js', 'step.js'],
  },
  'shared.js': {},
  'start.js': { id: '/p/src/ui/screens/start-screen.tsx', imports: ['shared.js', 'focus.js'] },
  'focus.js': {},
  'results.js': {
    id: '/p/src/ui/screens/results-screen.tsx',
    imports: ['focus.js', 'domain.js'],
    lazy: ['ics.js'],
  },
  'domain.js': {},
  'ics.js': { id: '/p/src/export/ics-file.ts', imports: ['domain.js'] },
  'step.js': { id: '/p/src/ui/screens/step-screen.tsx', imports: ['domain.js'] },
})

describe('the chunks a first visit hints', () => {
  it('are the app, the data and the start screen with their imports, not the other screens', () => {
    expect(startChunks(app).sort()).toEqual(
      [
        'data.js',
        'focus.js',
        'loaded-app.js',
        'main.js',
        'react.js',
        'shared.js',
        'start.js',
      ].sort(),
    )
  })

  it('for a share link, add the results screen, its German texts and its imports beyond the start', () => {
    expect(resultsChunks(app).sort()).toEqual(['domain.js', 'results-de.js', 'results.js'])
  })

  it('are hinted by the link-visit script: on a share link at once, otherwise after the first paint', () => {
    const hinted = (hash: string) => {
      const links: Array<Record<string, string>> = []
      const style = { display: '' }
      const document = {
        documentElement: { style },
        createElement: () => ({}) as Record<string, string>,
        head: { appendChild: (l: Record<string, string>) => links.push(l) },
      }
      const frames: Array<() => void> = []
      const tasks: Array<() => void> = []
      new Function(
        'location',
        'document',
        'setTimeout',
        'requestAnimationFrame',
        linkVisitSource(startChunks(app), resultsChunks(app)),
      )(
        { hash },
        document,
        (f: () => void) => tasks.push(f),
        (f: () => void) => frames.push(f),
      )
      const now = links.map((l) => l.href)
      const hidden = style.display === 'none'
      // The frame, then the paint, then the task queued from the frame.
      frames.forEach((f) => f())
      const beforePaint = links.map((l) => l.href)
      const queued = tasks.length
      tasks.forEach((f) => f())
      return {
        now,
        beforePaint,
        queued,
        after: links.map((l) => [l.rel, l.href]),
        hidden,
      }
    }
    const start = startChunks(app).map((f) => `/${f}`)
    const link = hinted('#v1.abc')
    expect(link.hidden).toBe(true)
    expect(link.now).toEqual([...start, '/results-de.js', '/results.js', '/domain.js'])
    const first = hinted('')
    expect(first.hidden).toBe(false)
    expect(first.now).toEqual([])
    expect(first.beforePaint).toEqual([])
    // One task per hint after the paint, so none of them is a long task.
    expect(first.queued).toBe(start.length)
    expect(first.after).toEqual(start.map((href) => ['modulepreload', href]))
  })
})
