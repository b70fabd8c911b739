import type { Plugin, Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import {
  chunksRunAtOnce,
  COMPILE_HINT,
  compileHintsPlugin,
} from '../../scripts/build/compile-hints-plugin'
import { appBundle } from '../fixtures/app-bundle'

describe('the chunks marked for eager compilation', () => {
  it('are the entry, its imports, and what a start or a share link runs at once', () => {
    expect([...chunksRunAtOnce(appBundle())].sort()).toEqual(
      ['boot.js', 'main.js', 'react.js', 'data.js', 'loaded-app.js', 'shared.js', 'start.js']
        .concat(['focus.js', 'results.js', 'results-de.js', 'domain.js'])
        .sort(),
    )
  })

  it('open with the comment Chromium reads, unless small, data or loaded later', () => {
    const out = appBundle()
    const before = (file: string) => (out[file] as Rollup.OutputChunk).code
    const results = before('results.js')
    const hook = compileHintsPlugin().generateBundle as { handler: Plugin['generateBundle'] }
    ;(hook.handler as (o: unknown, b: Rollup.OutputBundle) => void)({}, out)
    const hinted = Object.values(out)
      .filter((c) => c.type === 'chunk' && c.code.startsWith('//# allFunctionsCalledOnLoad\n'))
      .map((c) => c.fileName)
    // Not: focus.js (small), data.js and results-de.js (data), step.js, ics.js, en.js (later).
    expect(hinted.sort()).toEqual(
      ['boot.js', 'main.js', 'react.js', 'loaded-app.js', 'shared.js', 'start.js']
        .concat(['results.js', 'domain.js'])
        .sort(),
    )
    expect(before('results.js')).toBe(COMPILE_HINT + results)
  })
})
