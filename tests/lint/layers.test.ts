import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'

const eslint = new ESLint({ cwd: ROOT })

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

// Each row is an import the domain core must refuse: the layers only point inwards.
const banned: Array<[string, string]> = [
  ['react', "import { useState } from 'react'"],
  ['react-dom', "import { createRoot } from 'react-dom/client'"],
  ['zustand', "import { create } from 'zustand'"],
  ['zustand middleware', "import { persist } from 'zustand/middleware'"],
  ['i18next', "import i18next from 'i18next'"],
  ['react-i18next', "import { useTranslation } from 'react-i18next'"],
  ['the store', "import { useAppStore } from '../store/app-store'"],
  ['the ui', "import { App } from '../../ui/app'"],
]

describe('ESLint keeps src/domain pure', { timeout: 30_000 }, () => {
  it.each(banned)('refuses %s in src/domain', async (_name, line) => {
    const errors = await layerErrors('src/domain/example.ts', `${line}\nexport const x = 1\n`)
    expect(errors.length).toBeGreaterThan(0)
  })

  it('allows the domain its own modules, zod and json-logic-js', async () => {
    const code =
      "import { z } from 'zod'\nimport jsonLogic from 'json-logic-js'\nimport { pickText } from './text'\nexport const x = [z, jsonLogic, pickText]\n"
    expect(await layerErrors('src/domain/example.ts', code)).toEqual([])
  })

  it('lets the ui import react and the store', async () => {
    const code =
      "import { useState } from 'react'\nimport { x } from '../store/app-store'\nexport const y = [useState, x]\n"
    expect(await layerErrors('src/ui/example.ts', code)).toEqual([])
  })

  it('refuses ui imports in src/store', async () => {
    const errors = await layerErrors(
      'src/store/example.ts',
      "import { App } from '../ui/app'\nexport const x = App\n",
    )
    expect(errors.length).toBeGreaterThan(0)
  })
})
