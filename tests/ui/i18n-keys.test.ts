import { expect, it } from 'vitest'
import { resources } from '../../src/i18n/resources'

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
