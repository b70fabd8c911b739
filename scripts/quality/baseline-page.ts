// The machine's floor for the start-up timings: a trivial page (a heading, a sentence naming the
// catalogue's size, a button; no stylesheet, no script) timed in the same browser, harness and
// runs as the app. A busy 2-core machine moves every figure; this row says by how much, in the
// same report (scripts/quality/timings.ts).
import { createServer } from 'node:http'

export const BASELINE_HTML =
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Baseline</title>' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>' +
  '<h1>Welche Förderung passt zu Ihrem Quartiersprojekt?</h1>' +
  '<p>Der Katalog enthält 51 Programme von EU, Bund, Land und Stiftungen.</p>' +
  '<button type="button">Jetzt beginnen</button></main></body></html>'

/** Serves the trivial page at its root on a free local port until closed. */
export function startBaselinePage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(BASELINE_HTML)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    }),
  )
}
