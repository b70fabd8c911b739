// The page's entry. index.html already carries the start page, rendered at build time: the
// browser paints it before the app's JavaScript runs. Without this step the app's module (React
// above all, ≈ 0.5–1 s at 4× CPU throttling) often ran before the first frame, and the start
// page appeared only after it. Its chunks are hinted right after that paint (scripts/build/
// link-visit-plugin.ts), so they download together.
import { wireStartButton } from './early-start'

const root = document.getElementById('root')
// The start button works from the first paint on (src/early-start.ts).
if (root) wireStartButton(root)

const start = () => void import('./main')
// A share link's visit hid the page (scripts/build/link-visit-plugin.ts): nothing to paint.
if (document.documentElement.style.display === 'none') start()
// A frame callback runs just before the paint; a task queued from it runs after it.
else requestAnimationFrame(() => setTimeout(start))
