// Serves dist/ with `vite preview` on a free port, in this process, so it stops with it.
import { createServer } from 'node:net'
import { preview } from 'vite'

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

export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort()
  const server = await preview({
    logLevel: 'error',
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.httpServer.close(() => resolve())),
  }
}
