// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

type Hook = typeof import('../../src/ui/hooks/use-page-focus').usePageFocus

/** A fresh copy of the hook's module: each test is a page that has just loaded. */
async function freshHook(): Promise<Hook> {
  vi.resetModules()
  return (await import('../../src/ui/hooks/use-page-focus')).usePageFocus
}

function page(usePageFocus: Hook) {
  return function Screen({ name }: { name: string }) {
    const ref = usePageFocus<HTMLHeadingElement>(name)
    return (
      <>
        <button type="button">Sprache</button>
        <h1 ref={ref} tabIndex={-1}>
          {name}
        </h1>
      </>
    )
  }
}

describe('the focus when a screen opens', () => {
  beforeEach(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
  })

  it('goes to the heading of the page’s first screen when nothing has it', async () => {
    const Screen = page(await freshHook())
    render(<Screen name="Start" />)
    expect(screen.getByRole('heading', { name: 'Start' })).toHaveFocus()
  })

  it('stays where a visitor has put it on the static page before the app took it over', async () => {
    const Screen = page(await freshHook())
    const early = document.body.appendChild(document.createElement('button'))
    early.textContent = 'Jetzt beginnen'
    early.focus()
    render(<Screen name="Start" />)
    expect(early).toHaveFocus()
    early.remove()
  })

  it('goes to the heading of every later screen, wherever it was', async () => {
    const Screen = page(await freshHook())
    const { rerender } = render(<Screen name="Start" />)
    screen.getByRole('button', { name: 'Sprache' }).focus()
    rerender(<Screen name="Schritt 1" />)
    expect(screen.getByRole('heading', { name: 'Schritt 1' })).toHaveFocus()
  })
})
