import { describe, expect, it } from 'vitest'
import { checkCatalogue, formatProblem, type ProgramFile } from '../../src/domain/validation'
import { programFiles, questionnaire } from '../fixtures/data'
import { fileOf, makeProgram } from '../fixtures/make-program'

const problemsOf = (files: ProgramFile[]) =>
  checkCatalogue(files, questionnaire).problems.map(formatProblem)

describe('the real catalogue', () => {
  it('parses with no problems', () => {
    expect(problemsOf(programFiles)).toEqual([])
  })

  it('gives every programme both languages, a source and a dated check', () => {
    const { catalogue } = checkCatalogue(programFiles, questionnaire)
    for (const p of catalogue?.programs ?? []) {
      expect(p.sources.length, p.id).toBeGreaterThan(0)
      expect(p.name.de && p.name.en, p.id).toBeTruthy()
    }
  })
})

// Each row plants one fault and names the message and path the check must print.
const faults: Array<[string, Record<string, unknown>, RegExp]> = [
  [
    'a source read after the programme was last checked',
    {
      sources: [{ url: 'https://example.org/p', title: 'Quelle', asOf: '2025-12-01' }],
      lastChecked: '2025-11-30',
    },
    /sources\[0\]\.asOf.*read on 2025-12-01, after lastChecked 2025-11-30/,
  ],
  [
    'a rule reading an unknown question',
    { eligibility: [crit({ '<': [{ var: 'inhabitants' }, 5] })] },
    /bad-one\.json \(bad-one\): eligibility\[0\]\.rule\.<\[0\]\.var: var reads unknown question "inhabitants"/,
  ],
  [
    'a two-key rule object',
    { eligibility: [crit({ '===': [{ var: 'leaderArea' }, true], '!==': [1, 2] })] },
    /bad-one\.json \(bad-one\): eligibility\[0\]\.rule: a rule object must have exactly one key/,
  ],
  [
    'a loose == comparison',
    { eligibility: [crit({ and: [{ '==': [{ var: 'leaderArea' }, true] }] })] },
    /bad-one\.json \(bad-one\): eligibility\[0\]\.rule\.and\[0\]\.==: operator "==" is not allowed/,
  ],
  ['a log operator', { eligibility: [crit({ log: 'x' })] }, /operator "log" is not allowed/],
  [
    'a literal that is no option',
    { eligibility: [crit({ in: [{ var: 'areaCategory' }, ['rural', 'remote']] })] },
    /"remote" is not an option of question "areaCategory"/,
  ],
  [
    'a prototype read',
    { eligibility: [crit({ '!!': { var: 'constructor.name' } })] },
    /reads the prototype/,
  ],
  [
    'an unknown applicant value',
    { applicants: ['mayor'] },
    /applicants\[0\]: "mayor" is not an option of question "organisations"/,
  ],
  [
    'a malformed source URL',
    { sources: [{ url: 'www.example', title: 't', asOf: '2025-01-01' }] },
    /sources\[0\]\.url: "www.example" is not an http\(s\) URL/,
  ],
  [
    'a missing English name',
    { name: { de: 'Nur deutsch' } },
    /bad-one\.json \(bad-one\): name\.en: /,
  ],
  ['an impossible date', { lastChecked: '2025-02-30' }, /lastChecked: not a real calendar date/],
  [
    'two money parts on one cost block',
    { costTypes: ['personnel'], money: { ...moneyWith(), parts: [part('a'), part('b')] } },
    /money\.parts\[1\]: personnel in implementation is already funded by part "a"/,
  ],
  [
    'a part on a cost type the programme does not fund',
    { money: { ...moneyWith(), parts: [{ ...part('a'), costTypes: ['investment'] }] } },
    /money\.parts\[0\]\.costTypes\[0\]: "investment" is not among the programme's cost types/,
  ],
  [
    'a per-unit amount naming no part',
    {
      money: {
        ...moneyWith(),
        perUnit: [
          { amount: 1, per: [{ unit: 'year' }], part: 'nope', label: { de: 'j', en: 'y' } },
        ],
      },
    },
    /money\.perUnit\[0\]\.part: no money part "nope"/,
  ],
  [
    'a conditional rate reading an unknown question',
    {
      money: {
        ...moneyWith(),
        variants: [
          {
            when: { '===': [{ var: 'poor' }, true] },
            label: { de: 'a', en: 'a' },
            ratePercent: 90,
          },
        ],
      },
    },
    /money\.variants\[0\]\.when\.===\[0\]\.var: var reads unknown question "poor"/,
  ],
  [
    'an exclusion of an unknown programme',
    {
      combination: {
        maxPublicRatePercent: null,
        excludes: [{ program: 'nope', basis: 'explicit' }],
      },
    },
    /combination\.excludes\[0\]\.program: unknown programme "nope"/,
  ],
]

function moneyWith() {
  return {
    form: 'grant',
    ratePercent: 50,
    minAmount: null,
    maxAmount: 1000,
    minOwnSharePercent: null,
  }
}
function part(id: string) {
  return { id, label: { de: id, en: id }, costTypes: ['personnel'] }
}

function crit(rule: unknown) {
  return {
    id: 'c',
    label: { de: 'K', en: 'C' },
    rule,
    explain: { pass: { de: 'j', en: 'y' }, fail: { de: 'n', en: 'n' } },
  }
}

describe('catalogue checks name the programme and the path', () => {
  it.each(faults)('rejects %s', (_name, override, message) => {
    const bad = fileOf(makeProgram({ id: 'bad-one', ...override }))
    const problems = problemsOf([...programFiles, bad])
    expect(problems.join('\n')).toMatch(message)
  })

  it('rejects a one-sided exclusion', () => {
    const a = makeProgram({
      id: 'a-one',
      combination: {
        maxPublicRatePercent: null,
        excludes: [{ program: 'b-one', basis: 'explicit' }],
      },
    })
    const b = makeProgram({ id: 'b-one' })
    expect(problemsOf([fileOf(a), fileOf(b)]).join('\n')).toMatch(
      /a-one.*"b-one" does not exclude "a-one" back/,
    )
  })

  it('rejects an id that differs from its file name', () => {
    const p = makeProgram({ id: 'right-name' })
    expect(problemsOf([{ file: 'data/programs/wrong-name.json', data: p }]).join('\n')).toMatch(
      /must equal the file name "wrong-name"/,
    )
  })

  it('rejects a rule nested deeper than 32 levels', () => {
    let rule: unknown = { '===': [{ var: 'leaderArea' }, true] }
    for (let i = 0; i < 40; i++) rule = { '!': rule }
    expect(
      problemsOf([fileOf(makeProgram({ id: 'deep', eligibility: [crit(rule)] }))]).join('\n'),
    ).toMatch(/deeper than 32/)
  })
})
