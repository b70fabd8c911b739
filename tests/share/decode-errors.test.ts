import { describe, expect, it } from 'vitest'
import { decodeShareLink, encodeShareLink, shareFieldsOf } from '../../src/domain/index'
import { type ShareSchema } from '../../src/domain/share/share-schema'
import { catalogue, questionnaire } from '../fixtures/data'
import { context, open, share } from './helpers'

const sample = share({
  answers: { organisations: ['municipality'], population: 4200, councilResolution: 'planned' },
  combinations: [['q2030-quartiersimpulse']],
})
// One character in the middle changed: it carries six data bits, whatever the link's length (the
// last character may carry only padding bits, which the canonical-form check reports instead).
const middle = Math.floor(sample.length / 2)
const typo =
  sample.slice(0, middle) + (sample[middle] === 'A' ? 'B' : 'A') + sample.slice(middle + 1)

describe('opening a share link', () => {
  it('accepts a whole URL, a fragment or the bare token', () => {
    for (const link of [`https://example.org/app/${sample}`, sample, sample.slice(1)]) {
      const result = open(link)
      expect(result.ok && result.answers.population).toBe(4200)
    }
  })

  it.each([
    ['', 'empty'],
    ['https://example.org/#', 'empty'],
    ['#hallo', 'format'],
    ['#v1.abc!', 'format'],
    ['#v99.AAAA', 'unknownVersion'],
    [sample.slice(0, 8), 'checksum'],
    ['#v1.A', 'truncated'],
    [typo, 'checksum'],
  ])('reports %j as %s', (link, code) => {
    const result = open(link)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.code).toBe(code)
  })

  it('says when the catalogue changed since the link was made', () => {
    const result = decodeShareLink(sample, { ...context, catalogueAsOf: '2099-01-01' })
    expect(result.ok && result.catalogueChanged).toBe(true)
    expect(result.ok && result.linkCatalogueAsOf).toBe(catalogue.asOf)
  })

  it('leaves out a combination whose programme left the catalogue', () => {
    const result = decodeShareLink(sample, { ...context, programIds: ['stiftung-aktion-mensch'] })
    expect(result.ok && result.combinations).toEqual([])
    expect(result.ok && result.droppedCombinations).toBe(1)
  })
})

describe('migrating a link made with an older share schema', () => {
  // A made-up history: v1 called the council question "resolution" with the value "passed"
  // and had a question "budgetYear" that has since been removed.
  const current = shareFieldsOf(questionnaire)
  const v1: ShareSchema = {
    version: 1,
    ...current,
    fields: [
      ...current.fields.map((f) =>
        f.id === 'councilResolution' ? { ...f, id: 'resolution', options: ['passed', 'none'] } : f,
      ),
      { id: 'budgetYear', type: 'integer' },
    ],
  }
  const v2: ShareSchema = {
    version: 2,
    ...current,
    renames: {
      questions: { resolution: 'councilResolution' },
      options: { councilResolution: { passed: 'adopted' } },
    },
  }
  const fakeQuestionnaire = {
    ...questionnaire,
    steps: [
      ...questionnaire.steps.map((s) => ({
        ...s,
        questions: s.questions.map((q) =>
          q.id === 'councilResolution'
            ? {
                ...q,
                id: 'resolution',
                options: [
                  { value: 'passed', label: { de: 'ja', en: 'yes' } },
                  { value: 'none', label: { de: 'nein', en: 'no' } },
                ],
              }
            : q,
        ),
      })),
      {
        id: 'old',
        title: { de: 'Alt', en: 'Old' },
        questions: [
          {
            id: 'budgetYear',
            type: 'integer' as const,
            required: false,
            label: { de: 'x', en: 'x' },
          },
        ],
      },
    ],
  }
  const oldLink = encodeShareLink(
    { answers: { resolution: 'passed', population: 800, budgetYear: 2027 }, combinations: [] },
    fakeQuestionnaire,
    catalogue.asOf,
    v1,
  )

  it('renames ids and option values, and names the answers it had to drop', () => {
    expect(oldLink.omitted).toEqual([])
    const result = decodeShareLink(oldLink.fragment, { ...context, schemas: [v1, v2] })
    if (!result.ok) throw new Error(result.message)
    expect(result.migrated).toBe(true)
    expect(result.answers).toEqual({ councilResolution: 'adopted', population: 800 })
    expect(result.dropped.map((d) => d.questionId)).toEqual(['budgetYear'])
  })
})
