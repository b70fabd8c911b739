/**
 * Registers the service worker (built by vite-plugin-pwa) once the page has loaded and the
 * browser is idle: it precaches the whole app, which should not compete with the first visit's
 * own requests and start-up work.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' })
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(register, { timeout: 3000 })
    else window.setTimeout(register, 1000)
  }
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
