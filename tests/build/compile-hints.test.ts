import type { Plugin, Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import {
  chunksRunAtOnce,
  COMPILE_HINT,
  compileHintsPlugin,
  MIN_CODE,
} from '../../scripts/build/compile-hints-plugin'

type Spec = { id?: string; entry?: boolean; imports?: string[]; lazy?: string[]; small?: boolean }

/** A bundle of chunks by file name: the module each one is for, its imports and its code. */
function bundle(chunks: Record<string, Spec>): Rollup.OutputBundle {
  return Object.fromEntries(
    Object.entries(chunks).map(([fileName, c]) => [
      fileName,
      {
        type: 'chunk',
        fileName,
        code: c.small ? 'small' : 'x'.repeat(MIN_CODE),
        facadeModuleId: c.id ?? null,
        isEntry: c.entry ?? false,
        imports: c.imports ?? [],
        dynamicImports: c.lazy ?? [],
      } as unknown as Rollup.OutputChunk,
    ]),
  )
}

// The app's shape: the entry loads the app, which loads the screens; the step screen and the
// calendar file are loaded later, the results screen at once on a share link's visit.
const app = () =>
  bundle({
    'boot.js': { id: '/p/src/boot.ts', entry: true, imports: ['preload.js'], lazy: ['main.js'] },
    'preload.js': {},
    'main.js': {
      id: '/p/src/main.tsx',
      imports: ['react.js', 'notice.js'],
      lazy: ['loaded-app.js', 'data.js'],
    },
    'notice.js': { small: true },
    'data.js': { id: 'virtual:app-data' },
    'react.js': {},
    'loaded-app.js': {
      id: '/p/src/ui/loaded-app.tsx',
      lazy: ['start.js', 'results.js', 'step.js'],
    },
    'start.js': { id: '/p/src/ui/screens/start-screen.tsx' },
    'results.js': {
      id: '/p/src/ui/screens/results-screen.tsx',
      imports: ['domain.js'],
      lazy: ['ics.js'],
    },
    'domain.js': {},
    'ics.js': { id: '/p/src/export/ics-file.ts', imports: ['domain.js'] },
    'step.js': { id: '/p/src/ui/screens/step-screen.tsx', imports: ['domain.js'] },
  })

describe('the chunks marked for eager compilation', () => {
  it('are the entry, its imports, and what a start or a share link runs at once', () => {
    expect([...chunksRunAtOnce(app())].sort()).toEqual(
      [
        'boot.js',
        'preload.js',
        'main.js',
        'react.js',
        'notice.js',
        'data.js',
        'loaded-app.js',
        'start.js',
        'results.js',
        'domain.js',
      ].sort(),
    )
  })

  it('open with the comment Chromium reads, unless small, data or loaded later', () => {
    const out = app()
    const hook = compileHintsPlugin().generateBundle as { handler: Plugin['generateBundle'] }
    ;(hook.handler as (o: unknown, b: Rollup.OutputBundle) => void)({}, out)
    const hinted = Object.values(out)
      .filter((c) => c.type === 'chunk' && c.code.startsWith('//# allFunctionsCalledOnLoad\n'))
      .map((c) => c.fileName)
    expect(hinted.sort()).toEqual(
      ['boot.js', 'preload.js', 'main.js', 'react.js', 'loaded-app.js', 'start.js']
        .concat(['results.js', 'domain.js'])
        .sort(),
    )
    expect((out['results.js'] as Rollup.OutputChunk).code).toBe(COMPILE_HINT + 'x'.repeat(MIN_CODE))
  })
})
