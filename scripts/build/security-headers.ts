// The Content-Security-Policy (issue 7). Everything is served from our own origin; no inline
// scripts, no eval. style-src needs no 'unsafe-inline': the build emits CSS files only, and React
// sets `style` props through the CSSOM, which CSP does not govern.
import type { Plugin } from 'vite'

const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for small inline SVG icons in CSS (KERN); never remote images.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
}

const policy = (extra: Record<string, string[]> = {}) =>
  Object.entries({ ...DIRECTIVES, ...extra })
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')

/** For the meta tag: frame-ancestors is ignored there, so it is only sent as a header. */
export const CSP_META = policy()

/** Headers for `vite preview` (and a model for any static host). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': policy({ 'frame-ancestors': ["'none'"] }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

/** Adds the CSP meta tag to the built index.html. The dev server keeps Vite's inline HMR preamble. */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'foerderbaukasten:csp-meta',
    apply: 'build',
    // Right after the charset, before any script or stylesheet it must govern.
    transformIndexHtml: (html) => {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`
      const charset = /<meta charset="UTF-8" \/>/i
      if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" />')
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`)
    },
  }
}
