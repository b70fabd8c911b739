// CI check of the README's first command (issue 13): `npm start` from an empty Vite cache, as on a
// fresh clone, must show the start page in Chromium without an error, and a changed programme in
// data/programs must show without a restart. Writes .tmp/dev-start.json for scripts/ci-summary.mjs.
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { ROOT } from '../lib/load-data'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

/** The programme whose name the check changes; the results page lists it with no answers given. */
const PROGRAMME = join(ROOT, 'data', 'programs', 'q2030-quartiersimpulse.json')
const BACKUP = join(ROOT, '.tmp', 'dev-start-programme.json')
const REPORT = join(ROOT, '.tmp', 'dev-start.json')
/** The first start compiles KERN's Sass and bundles the dependencies: slow on 2 busy cores. */
const FIRST_PAGE_MS = 120_000
/** The app registers a service worker once the browser is idle, at the latest 3 s after load. */
const SERVICE_WORKER_WAIT_MS = 4_000
/** The whole check never holds CI longer than this. */
const DEADLINE_MS = 300_000

interface Check {
  name: string
  ok: boolean
  detail?: string
}
const checks: Check[] = []
const check = (name: string, problems: string[]) => {
  checks.push({ name, ok: problems.length === 0, detail: problems.join('\n') || undefined })
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`)
  for (const p of problems) console.log(`     ${p}`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

// A run that was killed before it could restore the programme left its copy behind: restore first.
function restoreProgramme() {
  if (!existsSync(BACKUP)) return
  copyFileSync(BACKUP, PROGRAMME)
  rmSync(BACKUP)
}

let server: ChildProcess | undefined
/**
 * npm, its shell and Vite run in one process group of their own: ending the group ends all three,
 * also when npm itself is already gone.
 */
function stopServer() {
  const group = server?.pid
  server = undefined
  if (group === undefined) return
  try {
    process.kill(-group, 'SIGKILL')
  } catch {
    // already gone
  }
}
process.on('exit', () => {
  stopServer()
  restoreProgramme()
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))
setTimeout(() => {
  console.error(`dev start check: no result after ${DEADLINE_MS / 1000} s`)
  process.exit(1)
}, DEADLINE_MS).unref()

async function startDevServer(port: number): Promise<{ url: string; log: () => string }> {
  let log = ''
  server = spawn('npm', ['start', '--', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  })
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const url = `http://127.0.0.1:${port}/`
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    if (server.exitCode !== null) throw new Error(`npm start ended (${server.exitCode}):\n${log}`)
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, log: () => log }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`npm start did not answer on ${url} within 60 s:\n${log}`)
}

/**
 * Everything that went wrong in the page: Vite's overlay, page errors, console errors (among them
 * a service worker registration, which fails on the dev server: it has no sw.js).
 */
function watchPage(page: Page) {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  return {
    async take(): Promise<string[]> {
      if ((await page.locator('vite-error-overlay').count()) > 0) {
        const text = await page
          .locator('vite-error-overlay')
          .evaluate((el) => el.shadowRoot?.querySelector('.message')?.textContent ?? '')
        problems.push(`Vite error overlay: ${text.trim()}`)
      }
      return problems.splice(0)
    },
  }
}

/** The first heading, or the error overlay, whichever comes first; the catalogue then loads. */
async function firstHeading(page: Page, timeout: number): Promise<string | null> {
  const h1 = page.locator('h1').first()
  const overlay = page.locator('vite-error-overlay')
  const gone = () => null
  await h1.or(overlay).first().waitFor({ timeout }).catch(gone)
  if (await overlay.count()) return null
  await page
    .getByText(/wird geladen/)
    .waitFor({ state: 'detached', timeout })
    .catch(gone)
  return (await h1.textContent({ timeout: 5_000 }).catch(gone))?.trim() || null
}

async function firstStart(page: Page, url: string, serverLog: () => string) {
  const watched = watchPage(page)
  await page.goto(url)
  const heading = await firstHeading(page, FIRST_PAGE_MS)
  await page.waitForTimeout(SERVICE_WORKER_WAIT_MS)
  const problems = await watched.take()
  if (!heading) problems.push('the start page shows no first heading (h1)')
  const registrations = await page.evaluate(() =>
    'serviceWorker' in navigator ? navigator.serviceWorker.getRegistrations() : [],
  )
  // Only the production build may register the worker (it precaches the built files).
  if (registrations.length > 0) problems.push('a service worker is registered on the dev server')
  problems.push(...serverErrors(serverLog()))
  check(`npm start from an empty Vite cache shows the start page ("${heading ?? ''}")`, problems)
}

/** Error lines in the dev server's log (KERN's Sass deprecation warnings are not errors). */
const serverErrors = (log: string) =>
  log
    .split('\n')
    .filter((line) => /error/i.test(line) && !/deprecat/i.test(line))
    .map((line) => `server: ${line.trim()}`)

async function dataChange(page: Page, serverLog: () => string) {
  const watched = watchPage(page)
  const logBefore = serverLog().length
  const original = readFileSync(PROGRAMME, 'utf8')
  const programme = JSON.parse(original) as { name: { de: string } }
  const marker = `Prüfmarke ${Date.now()}`
  // With no answers given, the results page lists every programme (as still open).
  await page.evaluate(() => {
    const saved = { answers: {}, screen: { name: 'results' }, lang: 'de', chosen: [] }
    localStorage.setItem('foerderbaukasten', JSON.stringify({ state: saved, version: 1 }))
  })
  await page.reload()
  const problems: string[] = []
  try {
    await page.getByText(programme.name.de, { exact: true }).first().waitFor({ timeout: 60_000 })
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    copyFileSync(PROGRAMME, BACKUP)
    programme.name.de = `${programme.name.de} (${marker})`
    writeFileSync(PROGRAMME, `${JSON.stringify(programme, null, 2)}\n`)
    // No reload from here: the dev server has to bring the new name by itself.
    await page.getByText(marker).first().waitFor({ timeout: 60_000 })
  } catch (error) {
    problems.push(`the changed name did not appear: ${(error as Error).message.split('\n')[0]}`)
  } finally {
    restoreProgramme()
  }
  problems.push(...(await watched.take()), ...serverErrors(serverLog().slice(logBefore)))
  if (readFileSync(PROGRAMME, 'utf8') !== original) problems.push('data/programs not restored')
  check('a changed programme name in data/programs shows without a restart', problems)
}

async function main() {
  restoreProgramme()
  rmSync(REPORT, { force: true })
  // A fresh clone has no Vite cache (node_modules/.vite); the first start has to cope with that.
  rmSync(join(ROOT, 'node_modules', '.vite'), { recursive: true, force: true })
  let browser: Browser | undefined
  try {
    const { url, log } = await startDevServer(await freePort())
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    await firstStart(page, url, log)
    await dataChange(page, log)
  } catch (error) {
    check('the dev server starts and Chromium opens it', [(error as Error).message])
  } finally {
    await browser?.close()
    stopServer()
  }
  const failed = checks.filter((c) => !c.ok).length
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  writeFileSync(REPORT, JSON.stringify({ passed: checks.length - failed, failed, checks }, null, 2))
  console.log(`dev start: ${checks.length - failed} passed, ${failed} failed`)
  process.exitCode = failed > 0 ? 1 : 0
}

await main()
