// Runs an ES module in a child Node with V8's natives syntax (%HaveSameMap, %HasHoleyElements,
// %OptimizeFunctionOnNextCall, …) from the repository root, so it can import src/ and tests/
// by path; returns what it printed as JSON. For tests that check a claim about V8 itself.
import { execFileSync } from 'node:child_process'
import { ROOT } from '../scripts/lib/load-data'

export function runV8Probe<T>(source: string): T {
  const out = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', source],
    { cwd: ROOT, encoding: 'utf8' },
  )
  return JSON.parse(out) as T
}
