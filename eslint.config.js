import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'
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

// The computing domain returns codes with parameters; only describe/ puts them into words, for
// the exports (export/) and the index's callers (issue 13: a language-free domain).
const computingDomainBans = {
  paths: domainBans.paths,
  patterns: [
    ...domainBans.patterns,
    {
      group: ['**/describe', '**/describe/**'],
      message:
        'The computing domain is language-free: return codes, and render them in src/domain/describe.',
    },
  ],
}

// The browser bundle ships without zod: data/ is checked at build time (issue 7, JS budget).
const noValidationInBrowser = {
  paths: [
    {
      name: 'zod',
      message: 'zod stays out of the browser bundle; data/ is checked at build time.',
    },
  ],
  patterns: [
    {
      group: ['**/domain/validation', '**/domain/validation.ts'],
      message: 'The browser imports the domain through src/domain/index.ts (no zod schemas).',
    },
  ],
}

const storeBans = {
  paths: noValidationInBrowser.paths,
  patterns: [
    { group: ['**/ui', '**/ui/**'], message: 'src/store must not import from src/ui.' },
    ...noValidationInBrowser.patterns,
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results', '.tmp'] },
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
  {
    // The import graph of src/ stays free of runtime cycles: a cycle makes module order matter
    // and blurs the layers. Type-only imports are erased, so the rule skips them; packages are
    // leaves. The resolver knows the extensionless .ts/.tsx imports the code uses.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { files: ['src/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', domainBans] } },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/describe/**', 'src/domain/export/**', 'src/domain/index.ts'],
    rules: { 'no-restricted-imports': ['error', computingDomainBans] },
  },
  {
    // What every recommendation runs: arrays from Array.prototype.map change their elements kind
    // when the caller is optimised, which threw away optimised code all through V8's warm-up
    // (see src/domain/mapped.ts). Use mapped() there.
    files: [
      'src/domain/combinations/**/*.ts',
      'src/domain/matching/**/*.ts',
      'src/domain/money/**/*.ts',
      'src/domain/rules/**/*.ts',
      'src/domain/deadlines/**/*.ts',
      'src/domain/questionnaire/visibility.ts',
      'src/domain/catalogue/warnings.ts',
      'src/domain/recommend.ts',
      'src/domain/project-facts.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='map']",
          message: 'Use mapped() from src/domain/mapped.ts in the engine path (packed arrays).',
        },
      ],
    },
  },
  { files: ['src/store/**/*.ts'], rules: { 'no-restricted-imports': ['error', storeBans] } },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', noValidationInBrowser] },
  },
  {
    // Texts come from data/ and i18n files: never render them as HTML.
    files: ['**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render texts as text (security, issue 7).',
        },
      ],
    },
  },
)
