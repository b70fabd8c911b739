import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// The domain core stays pure: no UI framework, no store, no i18n (STYLE.md, "Import direction").
const domainBans = {
  paths: ['react', 'react-dom', 'zustand', 'i18next', 'react-i18next'].map((name) => ({
    name,
    message: 'src/domain is pure TypeScript: no UI, store or i18n imports.',
  })),
  patterns: [
    {
      group: [
        'react/*',
        'react-dom/*',
        'zustand/*',
        'i18next/*',
        '**/store',
        '**/store/**',
        '**/ui',
        '**/ui/**',
      ],
      message: 'src/domain must not import from src/store or src/ui.',
    },
  ],
}

const storeBans = {
  patterns: [{ group: ['**/ui', '**/ui/**'], message: 'src/store must not import from src/ui.' }],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  { files: ['src/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', domainBans] } },
  { files: ['src/store/**/*.ts'], rules: { 'no-restricted-imports': ['error', storeBans] } },
)
