import { describe, expect, it } from 'vitest'
import { combinationIds, combinationKey } from '../../src/domain/index'

describe('combinationKey', () => {
  it('names a combination the same whatever the order of its programmes', () => {
    expect(combinationKey(['stiftung-aktion-mensch', 'q2030-quartiersimpulse'])).toBe(
      combinationKey(['q2030-quartiersimpulse', 'stiftung-aktion-mensch']),
    )
  })

  it('gives back the sorted programme ids it was made of', () => {
    const ids = ['bw-gutberaten', 'q2030-quartiersimpulse', 'bund-dsee-mikro']
    expect(combinationIds(combinationKey(ids))).toEqual([...ids].sort())
  })
})
