import { describe, expect, it } from 'vitest'
import { resultsChunks, startChunks } from '../../scripts/build/preload-start-chunks'
import { linkVisitSource } from '../../scripts/build/link-visit-plugin'
import { appBundle } from '../fixtures/app-bundle'

const app = appBundle()

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
