/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import pruneVar from 'postcss-prune-var'
import { appDataPlugin } from './scripts/build/app-data-plugin.ts'
import { compileHintsPlugin } from './scripts/build/compile-hints-plugin.ts'
import { linkVisitPlugin } from './scripts/build/link-visit-plugin.ts'
import { startCssPlugin } from './scripts/build/start-css-plugin.ts'
import { openDataPlugin } from './scripts/build/open-data-plugin.ts'
import { prerenderStartPage } from './scripts/build/prerender-plugin.ts'
import { pwaPlugin } from './scripts/build/pwa.ts'
import { cspMetaPlugin, SECURITY_HEADERS } from './scripts/build/security-headers.ts'

export default defineConfig({
  plugins: [
    react(),
    appDataPlugin(),
    openDataPlugin(),
    cspMetaPlugin(),
    prerenderStartPage(),
    linkVisitPlugin(),
    startCssPlugin(),
    compileHintsPlugin(),
    pwaPlugin(),
  ],
  server: { host: '127.0.0.1' },
  resolve: {
    alias: {
      'use-sync-external-store/shim': fileURLToPath(
        new URL('./scripts/build/use-sync-external-store-shim.ts', import.meta.url),
      ),
      'react-i18next': fileURLToPath(
        new URL('./scripts/build/react-i18next-lite.ts', import.meta.url),
      ),
    },
  },
  // KERN declares about 500 design tokens, half of which no rule of ours reads; every element
  // inherits all of them, so unused ones cost style time on every page (and 27 kB of CSS).
  css: { postcss: { plugins: [pruneVar()] } },
  preview: { headers: SECURITY_HEADERS },
  // The manifest lets scripts/quality/check-bundle.ts tell initial from lazily loaded chunks.
  // Every browser the app supports knows <link rel="modulepreload">; the polyfill would only add
  // to the entry chunk.
  build: {
    manifest: true,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // React, the store and the i18n adapter in one chunk beside the app's (src/main.tsx):
        // without this group Rolldown spreads the modules the app shares with the screens'
        // chunks over chunks of their own, 1–2 kB more gzip before anything runs.
        codeSplitting: {
          groups: [
            {
              name: 'main',
              test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]|react-i18next-lite|store-context/,
            },
          ],
        },
      },
    },
  },
  test: {
    // Browser specs (e2e/) run under Playwright, never under Vitest.
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
  },
})
