import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/quality/chromium.ts'

// Browser specs run against the production build under `vite preview`, in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  // The journey answers a whole questionnaire twice; a busy 2-core machine needs the room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One retry, against the shared 2-core machine: a test that fails twice still fails the run,
  // and Playwright reports a retried pass as flaky. (The flake that asked for it, a link pasted
  // while the app started, was a race in the link gate, since fixed and tested.)
  retries: 1,
  reporter: [['list'], ['json', { outputFile: '.tmp/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npm run --silent build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
