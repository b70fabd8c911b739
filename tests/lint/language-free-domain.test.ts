// The computing domain never imports the describing layer (issue 13, a language-free domain):
// only describe/ itself, the exports and the index put codes into words.
import { ESLint } from 'eslint'
import { expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'

const eslint = new ESLint({ cwd: ROOT })

async function restricted(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length
}

const phrases = (from: string) =>
  `import { planPhrase } from '${from}'\nexport const x = planPhrase\n`

it.each([
  ['src/domain/recommend.ts', './describe/plan-phrases', true],
  ['src/domain/combinations/example.ts', '../describe/plan-phrases', true],
  ['src/domain/matching/example.ts', '../describe', true],
  ['src/domain/describe/example.ts', './plan-phrases', false],
  ['src/domain/export/example.ts', '../describe/plan-phrases', false],
  ['src/domain/index.ts', './describe/plan-phrases', false],
])('%s importing %s is refused: %s', { timeout: 30_000 }, async (file, from, refused) => {
  expect(await restricted(file, phrases(from))).toBe(refused ? 1 : 0)
})

it('keeps the domain bans in the computing domain too', { timeout: 30_000 }, async () => {
  const code = "import { useState } from 'react'\nexport const x = useState\n"
  expect(await restricted('src/domain/combinations/example.ts', code)).toBe(1)
})
