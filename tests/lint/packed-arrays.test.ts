// The engine path uses mapped() instead of Array.prototype.map (src/domain/mapped.ts); the
// describing layer and the exports, which run once per screen, may use map().
import { ESLint } from 'eslint'
import { expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'

const eslint = new ESLint({ cwd: ROOT })
const code = 'export const f = (xs: number[]) => xs.map((x) => x + 1)\n'

it.each([
  ['src/domain/combinations/example.ts', true],
  ['src/domain/money/example.ts', true],
  ['src/domain/recommend.ts', true],
  ['src/domain/describe/example.ts', false],
  ['src/ui/example.ts', false],
])('map() in %s is refused: %s', { timeout: 30_000 }, async (filePath, refused) => {
  const [result] = await eslint.lintText(code, { filePath })
  const hits = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax')
  expect(hits.length).toBe(refused ? 1 : 0)
})
