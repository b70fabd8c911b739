// The domain is TypeScript with extensionless imports, which Vite's config loader should not
// bundle (it warns on every build); Vite's module runner imports it when a plugin first needs it.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
// A leaf module without imports of its own, so the config loader bundles just this file.
import { formatProblem, type DataProblem } from '../../src/domain/data-error.ts'
import type * as BuildData from './load-checked-data'

let pending: Promise<typeof BuildData> | undefined

export function buildData(): Promise<typeof BuildData> {
  pending ??= runnerImport<typeof BuildData>(
    fileURLToPath(new URL('load-checked-data.ts', import.meta.url)),
    { configFile: false, logLevel: 'error' },
  ).then((r) => r.module)
  return pending
}

export const formatProblems = (problems: DataProblem[]) =>
  `data/ has problems:\n${problems.map(formatProblem).join('\n')}`
