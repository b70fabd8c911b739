import { describe, expect, it } from 'vitest'
import { catalogue } from '../fixtures/data'

// The app links every programme to its sources; a plain-http link would leak the visit and could
// be tampered with on the way (issue 7, security).
describe('the catalogue links to its sources', () => {
  it('over https only', () => {
    const insecure = catalogue.programs.flatMap((p) =>
      p.sources.filter((s) => new URL(s.url).protocol !== 'https:').map((s) => `${p.id}: ${s.url}`),
    )
    expect(insecure).toEqual([])
  })
})
