import { expect, it } from 'vitest'
import { resources } from '../../src/i18n/resources'
import { texts as deResults } from '../../src/i18n/texts/de-results'
import { texts as enResults } from '../../src/i18n/texts/en-results'
import { RESULT_NAMESPACES } from '../../src/ui/screens/result-texts'

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

it.each(Object.keys(resources.de))('gives English exactly the keys of German in %s', (ns) => {
  const de = keys(resources.de[ns as keyof typeof resources.de]).sort()
  const en = keys(resources.en[ns as keyof typeof resources.en]).sort()
  expect(en).toEqual(de)
})

it('has the same namespaces in both languages', () => {
  expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.de).sort())
})

// The results' screens wait for these namespaces (src/ui/screens/result-texts.ts): a namespace
// in the results' chunk but not in the list would make a screen suspend with no fallback.
it('lists every namespace of the results’ chunk for the results’ screens to wait for', () => {
  expect([...RESULT_NAMESPACES].sort()).toEqual(Object.keys(deResults).sort())
  expect(Object.keys(enResults).sort()).toEqual(Object.keys(deResults).sort())
})
