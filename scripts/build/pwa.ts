// Installable PWA (issue 7): the service worker precaches the app and the catalogue chunk, so
// after the first visit the whole journey works without a network.
import { VitePWA } from 'vite-plugin-pwa'

export const THEME_COLOUR = '#004b76'

export const pwaPlugin = () =>
  VitePWA({
    registerType: 'autoUpdate',
    // src/register-service-worker.ts registers it once the app is up (no extra script tag).
    injectRegister: null,
    manifest: {
      name: 'Förderbaukasten Quartier',
      short_name: 'Förderbaukasten',
      description:
        'Passende Förderprogramme für Quartiersprojekte in Baden-Württemberg finden und kombinieren.',
      lang: 'de',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: '#ffffff',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The open-data files (catalogue.json) are for reuse, not for the app: the app's catalogue is
      // the virtual:app-data chunk, precached with the other scripts.
      globPatterns: ['**/*.{js,css,html,svg,png,woff2,txt}'],
      globIgnores: ['.vite/**'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page comes under the worker at once, so it works offline without a reload.
      clientsClaim: true,
    },
  })
