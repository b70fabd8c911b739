// The start page's own stylesheet. The app's CSS (KERN and ours, ≈ 130 kB) blocked the first
// paint, and at 4× CPU throttling parsing it and matching its rules against the page took
// ≈ 200 ms of the main thread. index.html now links only the rules its prerendered start page
// can use, found by PurgeCSS; the whole stylesheet comes with the app's module (src/main.tsx
// imports it, and Vite loads it before that module runs). Every rule that can match an element
// of the start page is kept, so the page looks the same before and after: no layout shift.
import { createHash } from 'node:crypto'
import postcss from 'postcss'
import { PurgeCSS } from 'purgecss'
import type { Plugin, Rollup } from 'vite'

/**
 * Markup the start page gets after the build: src/early-start.ts marks a clicked start button
 * busy before the app is there. Rules for it must be in the start page's stylesheet too.
 */
const LATER_MARKUP = '<main aria-busy="true"><button aria-disabled="true"></button></main>'

/**
 * KERN's theme (its colours as custom properties) hangs on selectors such as
 * `:is(body, .kern-light, [data-kern-theme=light]):not([class*=kern-level-])` that PurgeCSS
 * cannot match against the page; without them every colour fell back to its sRGB default. Rules
 * that only set custom properties are kept whole: unused properties go later (`variables`).
 */
function keepThemeRules(css: string): string {
  const root = postcss.parse(css)
  root.walkRules((rule) => {
    const declarations = rule.nodes.filter((n) => n.type === 'decl')
    if (declarations.length > 0 && declarations.every((d) => d.prop.startsWith('--')))
      rule.before(postcss.comment({ text: 'purgecss ignore' }))
  })
  return root.toString()
}

export async function startPageCss(html: string, css: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: html + LATER_MARKUP, extension: 'html' }],
    css: [{ raw: keepThemeRules(css) }],
    // Custom properties and keyframes that no kept rule uses go too.
    variables: true,
    keyframes: true,
  })
  return result?.css ?? ''
}

export function startCssPlugin(): Plugin {
  return {
    name: 'foerderbaukasten:start-css',
    apply: 'build',
    // After Vite has written index.html into the bundle, with the prerendered start page.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle['index.html']
        if (html?.type !== 'asset') return this.error('start-css: no index.html in the bundle')
        const stylesheets = Object.values(bundle).filter(
          (a): a is Rollup.OutputAsset => a.type === 'asset' && a.fileName.endsWith('.css'),
        )
        if (stylesheets.length === 0) return this.error('start-css: the build has no CSS')
        const page = String(html.source)
        const css = await startPageCss(page, stylesheets.map((s) => String(s.source)).join('\n'))
        const fileName = `assets/start-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`
        this.emitFile({ type: 'asset', fileName, source: css })
        // Before the scripts, as a render-blocking stylesheet: the page is never shown unstyled.
        html.source = page.replace(
          /(\s*)<script type="module"/,
          `$1<link rel="stylesheet" crossorigin href="/${fileName}">$1<script type="module"`,
        )
      },
    },
  }
}
