// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { within } from '@testing-library/react'
import { renderStartPage } from '../../scripts/build/prerender-start'
import { enableButtons, takeover } from '../../src/ui/prerendered'
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
    // The catalogue's as-of date, the newest lastChecked, in German notation.
    const [y, m, d] = catalogue.asOf.split('-')
    expect(
      page.getByRole('heading', { name: `Stand der Angaben: ${d}.${m}.${y}` }),
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

describe('how the app takes the static start page over', () => {
  const root = startPage()
  const first: Parameters<typeof takeover>[1] = {
    screen: { name: 'start' },
    lang: 'de',
    answers: {},
    chosen: [],
  }

  it('adopts the page on a first German visit without a share link', () => {
    expect(takeover(root, first, '')).toBe('hydrate')
    expect(takeover(root, first, '#')).toBe('hydrate')
  })

  it('swaps it in one step for saved answers, another screen or a share link', () => {
    expect(takeover(root, { ...first, answers: { municipalityName: 'Weinheim' } }, '')).toBe(
      'replace',
    )
    expect(takeover(root, { ...first, chosen: ['a+b'] }, '')).toBe('replace')
    expect(takeover(root, { ...first, screen: { name: 'results' } }, '')).toBe('replace')
    expect(takeover(root, first, '#v1.abc')).toBe('replace')
  })

  it('renders at once in English or without a static page', () => {
    expect(takeover(root, { ...first, lang: 'en' }, '')).toBe('now')
    expect(takeover(document.createElement('div'), first, '')).toBe('now')
  })

  it('enables the buttons before the app adopts them', () => {
    enableButtons(root)
    for (const button of within(root).getAllByRole('button')) expect(button).toBeEnabled()
  })
})
