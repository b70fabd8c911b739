// Share schema v2 added six questions (ruralCharacter, four quantities, projectYears) and
// inserted options into measures, themes and existingFacilities. Links made with v1 must open
// with exactly their answers: the new questions stay unanswered (never guessed) and every v1
// option keeps its meaning, although v2 stores many of them at another position.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/load-data'
import {
  encodeShareLink,
  isAnswered,
  SHARE_SCHEMAS,
  type Answers,
  type Question,
} from '../../src/domain/index'
import { visibleQuestions } from '../../src/domain/questionnaire/visibility'
import { withChecksum } from '../../src/domain/share/codec'
import { type ShareSchema } from '../../src/domain/share/share-schema'
import { arbitraryValue } from '../fixtures/arbitrary-answers'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { expectedAnswers, open, share } from './helpers'

const v1 = SHARE_SCHEMAS.find((s) => s.version === 1)!
const v2 = SHARE_SCHEMAS.find((s) => s.version === 2)!
const NEW_IN_V2 = [
  'ruralCharacter',
  'dayCarePlaces',
  'shortTermCarePlaces',
  'supportGroups',
  'integrationOfficerPercent',
  'projectYears',
]

const fixtureDir = join(ROOT, 'tests', 'fixtures', 'share-links')
const v1Fixtures = readdirSync(fixtureDir)
  .filter((f) => /^v1(-[a-z0-9-]+)?\.json$/.test(f))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(join(fixtureDir, file), 'utf8')) }))

const optionsOf = (schema: ShareSchema, id: string) =>
  schema.fields.find((f) => f.id === id)?.options ?? []

describe('share schema v2', () => {
  it('adds exactly the six new questions and renames nothing', () => {
    const before = new Set(v1.fields.map((f) => f.id))
    expect(v2.fields.map((f) => f.id).filter((id) => !before.has(id))).toEqual(NEW_IN_V2)
    expect(v2.renames).toEqual({ questions: {}, options: {} })
  })

  it('keeps every v1 question and every v1 option value', () => {
    for (const field of v1.fields) {
      const now = v2.fields.find((f) => f.id === field.id)
      expect(now?.type, field.id).toBe(field.type)
      expect(optionsOf(v2, field.id), field.id).toEqual(expect.arrayContaining(field.options ?? []))
    }
  })

  it('stores some v1 options at another position, so reading by version matters', () => {
    const shifted = v1.fields.filter((f) =>
      (f.options ?? []).some((o, i) => optionsOf(v2, f.id).indexOf(o) !== i),
    )
    expect(shifted.map((f) => f.id)).toEqual(['themes', 'measures'])
  })
})

describe('opening a link made with share schema v1', () => {
  it('has the fixture links this test relies on', () => {
    expect(v1Fixtures.map((f) => f.file)).toEqual([
      'v1-dense-area-care.json',
      'v1-late-options.json',
      'v1.json',
    ])
  })

  for (const fixture of v1Fixtures) {
    it(`${fixture.file}: restores its answers and leaves the v2 questions unanswered`, () => {
      const result = open(fixture.link)
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
      expect(result.version).toBe(1)
      expect(result.migrated).toBe(true)
      expect(result.dropped).toEqual([])
      expect(result.answers).toEqual(fixture.expected.answers)
      for (const id of NEW_IN_V2) expect(Object.hasOwn(result.answers, id), id).toBe(false)
    })
  }

  it('leaves the new questions unanswered even where v2 asks them', () => {
    // A densely populated area with day care and support services: v2 asks ruralCharacter,
    // dayCarePlaces and supportGroups here, and the link has no answer to give them.
    const fixture = v1Fixtures.find((f) => f.file === 'v1-dense-area-care.json')!
    const result = open(fixture.link)
    if (!result.ok) throw new Error(result.message)
    const asked = visibleQuestions(questionnaire, result.answers).map((q) => q.id)
    const askedNew = ['ruralCharacter', 'dayCarePlaces', 'supportGroups', 'projectYears']
    expect(asked).toEqual(expect.arrayContaining(askedNew))
    expect(askedNew.filter((id) => isAnswered(result.answers, id))).toEqual([])
  })

  it('would give other answers if its bits were read with the v2 table (control)', () => {
    // The same payload relabelled as v2 opens, but with shifted options and invented answers:
    // only the version in the link keeps a v1 link from being misread.
    const fixture = v1Fixtures.find((f) => f.file === 'v1-late-options.json')!
    const bytes = Buffer.from(fixture.link.slice('#v1.'.length), 'base64url')
    const body = bytes.subarray(0, bytes.length - 2)
    const misread = open(`#v2.${Buffer.from(withChecksum(2, body)).toString('base64url')}`)
    if (!misread.ok) throw new Error(misread.message)
    expect(misread.answers.measures).not.toEqual(fixture.expected.answers.measures)
    expect(misread.answers.themes).not.toEqual(fixture.expected.answers.themes)
    expect(Object.hasOwn(misread.answers, 'ruralCharacter')).toBe(true)
  })

  it('maps any v1 answers to the same values, whatever options were chosen', () => {
    // Random answers to every v1 question, limited to v1's options, written with the v1 table.
    const v1Questions = v1.fields.map((f): Question => {
      const q = questions.get(f.id)!
      const options = q.options?.filter((o) => (f.options ?? []).includes(o.value))
      return { ...q, ...(options ? { options } : {}) }
    })
    const partial = fc
      .record(Object.fromEntries(v1Questions.map((q) => [q.id, arbitraryValue(q)])), {
        requiredKeys: [],
      })
      .map((a) => a as Answers)
    fc.assert(
      fc.property(partial, (answers) => {
        const { fragment, omitted } = encodeShareLink(
          { answers, combinations: [] },
          questionnaire,
          catalogue.asOf,
          v1,
        )
        expect(omitted).toEqual([])
        expect(fragment.startsWith('#v1.')).toBe(true)
        const result = open(fragment)
        if (!result.ok) throw new Error(result.message)
        expect(result.answers).toEqual(expectedAnswers(answers))
        expect(result.dropped).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('a link made with share schema v2', () => {
  const answers: Answers = {
    areaCategory: 'fringeZone',
    ruralCharacter: false,
    themes: ['family', 'youth'],
    measures: ['integrationOfficer', 'dayCare', 'shortTermCare', 'supportServices'],
    dayCarePlaces: 0,
    shortTermCarePlaces: 250,
    supportGroups: 7,
    integrationOfficerPercent: 1000,
    existingFacilities: ['quartiersimpulseFunded'],
    projectYears: 10,
  }

  it('round-trips the new questions and options, a "no" and a zero included', () => {
    const link = share({ answers, combinations: [] })
    expect(link.startsWith('#v2.')).toBe(true)
    const result = open(link)
    if (!result.ok) throw new Error(result.message)
    expect(result.migrated).toBe(false)
    expect(result.answers).toEqual({
      ...answers,
      measures: ['integrationOfficer', 'supportServices', 'dayCare', 'shortTermCare'],
    })
  })

  it('round-trips the lower ends of the new ranges', () => {
    const low = { projectYears: 1, integrationOfficerPercent: 0, supportGroups: 0 }
    const result = open(share({ answers: low, combinations: [] }))
    expect(result.ok && result.answers).toEqual(low)
  })

  it('leaves out answers outside the new ranges instead of carrying them', () => {
    const { fragment, omitted } = encodeShareLink(
      { answers: { projectYears: 11, integrationOfficerPercent: 1001 }, combinations: [] },
      questionnaire,
      catalogue.asOf,
    )
    expect(omitted.sort()).toEqual(['integrationOfficerPercent', 'projectYears'])
    const result = open(fragment)
    expect(result.ok && result.answers).toEqual({})
  })
})
