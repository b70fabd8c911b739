// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { within } from '@testing-library/react'
import { renderStartPage } from '../../scripts/build/prerender-start'
import { showsPrerenderedPage } from '../../src/ui/prerendered'
import { catalogue, questionnaire } from '../fixtures/data'

function startPage(): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = renderStartPage({ catalogue, questionnaire }, '2026-11-25')
  document.body.replaceChildren(root)
  return root
}

describe('the start page rendered at build time', () => {
  it('carries the real start page: heading, catalogue size, as-of date and start button', () => {
    const page = within(startPage())
    expect(page.getByRole('heading', { level: 1 })).toHaveTextContent('Welche Förderung passt')
    expect(
      page.getByText(`Der Katalog enthält ${catalogue.programs.length} Programme`, {
        exact: false,
      }),
    ).toBeInTheDocument()
    expect(
      page.getByRole('heading', { name: /^Stand der Angaben: 30\.11\.2025$/ }),
    ).toBeInTheDocument()
    expect(page.getByRole('button', { name: 'Jetzt beginnen' })).toBeInTheDocument()
  })

  it('disables every button until the app takes over, and holds no script', () => {
    const root = startPage()
    const buttons = within(root).getAllByRole('button')
    expect(buttons.length).toBeGreaterThan(1)
    for (const button of buttons) expect(button).toBeDisabled()
    expect(root.querySelector('script')).toBeNull()
  })
})

describe('whether the static start page can stay until the app has loaded', () => {
  const root = startPage()
  const start = { screen: { name: 'start' }, lang: 'de' } as const

  it('stays for a German visitor on the start screen without a share link', () => {
    expect(showsPrerenderedPage(root, start, '')).toBe(true)
  })

  it('gives way to a share link, another screen, English, or an empty page', () => {
    expect(showsPrerenderedPage(root, start, '#v1.abc')).toBe(false)
    expect(showsPrerenderedPage(root, { ...start, screen: { name: 'results' } }, '')).toBe(false)
    expect(showsPrerenderedPage(root, { ...start, lang: 'en' }, '')).toBe(false)
    expect(showsPrerenderedPage(document.createElement('div'), start, '')).toBe(false)
  })
})
