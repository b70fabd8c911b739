import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswers, type DecodeResult } from '../../src/domain/index'
import { withChecksum } from '../../src/domain/share/codec'
import { arbitraryPartialOf } from '../fixtures/arbitrary-answers'
import { questionnaire, questions } from '../fixtures/data'
import { open, programIds, share } from './helpers'

const allQuestions = questionnaire.steps.flatMap((s) => s.questions)
const CODES = ['empty', 'format', 'unknownVersion', 'checksum', 'truncated', 'invalid']
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** A valid state or a clear error: never an exception, never an invalid state. */
function expectWellBehaved(link: string): DecodeResult {
  let result: DecodeResult | undefined
  expect(() => (result = open(link))).not.toThrow()
  if (result!.ok) {
    expect(parseAnswers(result!.answers, questions)).toEqual(result!.answers)
    for (const c of result!.combinations)
      expect(c.every((id) => programIds.includes(id))).toBe(true)
  } else {
    expect(CODES).toContain(result!.code)
    expect(result!.message.length).toBeGreaterThan(5)
  }
  return result!
}

const validLink = arbitraryPartialOf(allQuestions).map(({ partial }) =>
  share({ answers: partial, combinations: [programIds.slice(0, 2)] }),
)

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.constantFrom(...B64) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.constantFrom(...B64) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('version' as const), at: fc.nat({ max: 9999 }) }),
)

function mutate(link: string, m: MutationValue): string {
  const at = m.at % (link.length + 1)
  switch (m.kind) {
    case 'truncate':
      return link.slice(0, at)
    case 'replace':
      return link.slice(0, at) + m.char + link.slice(at + 1)
    case 'insert':
      return link.slice(0, at) + m.char + link.slice(at)
    case 'delete':
      return link.slice(0, at) + link.slice(at + 1)
    case 'version':
      return link.replace(/^#v\d+/, `#v${m.at}`)
  }
}
type MutationValue = typeof mutation extends fc.Arbitrary<infer T> ? T : never

// Thousands of cases: give them time on a busy 2-core machine.
describe('opening damaged or foreign links', { timeout: 60_000 }, () => {
  it('handles 6,000 mutated links (1–3 edits each) without an exception', () => {
    let errors = 0
    fc.assert(
      fc.property(validLink, fc.array(mutation, { minLength: 1, maxLength: 3 }), (link, ms) => {
        const damaged = ms.reduce((l, m) => mutate(l, m), link)
        const result = expectWellBehaved(damaged)
        if (damaged !== link && !result.ok) errors++
      }),
      { numRuns: 6000 },
    )
    // Most damage must be detected (the checksum), not silently turned into other answers.
    expect(errors).toBeGreaterThan(5000)
  })

  it('handles 4,000 random strings and random payloads without an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: fc.constantFrom(...B64), maxLength: 200 }).map((s) => `#v1.${s}`),
          fc
            .uint8Array({ maxLength: 120 })
            .map((b) => `#v1.${Buffer.from(b).toString('base64url')}`),
          fc.webUrl({ withFragments: true }),
        ),
        (link) => {
          expectWellBehaved(link)
        },
      ),
      { numRuns: 4000 },
    )
  })

  it('handles 2,000 random payloads with a correct checksum (deliberate tampering)', () => {
    let opened = 0
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 80 }), (body) => {
        const link = `#v1.${Buffer.from(withChecksum(1, body)).toString('base64url')}`
        if (expectWellBehaved(link).ok) opened++
      }),
      { numRuns: 2000 },
    )
    // Some random payloads happen to be well-formed; they still open as valid answers.
    expect(opened).toBeLessThan(2000)
  })
})
