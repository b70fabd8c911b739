// A marked combination evaluated directly (issue 13 §3): the search's own plan while it is in the
// top 10, the engine's plan for exactly those programmes when it is not, else a reason code.
import { describe, expect, it } from 'vitest'
import { parseAnswers, type Program } from '../../src/domain/index'
import type { ProgramInput } from '../../src/domain/catalogue/schema'
import { combine, type CombinationInput } from '../../src/domain/combinations/combine'
import { planForKey } from '../../src/domain/combinations/plan-for-key'
import type { FinancingPlan } from '../../src/domain/combinations/types'
import { markedPlans } from '../../src/domain/marked-plans'
import { assess, recommend } from '../../src/domain/recommend'
import { programSchema } from '../../src/domain/validation'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import fullAnswers from '../fixtures/full-answers.json'
import { makeProgram } from '../fixtures/make-program'
import { loadScenarios } from '../scenarios/scenario-file'

const TODAY = '2026-11-29'

/** What the search's list adds to a plan: its "oder" alternatives and its place in the list. */
const own = ({ alternatives: _a, rankReason: _r, ...plan }: FinancingPlan) => plan

describe('a marked plan on the real catalogue', () => {
  const scenarios = loadScenarios().map((s) => [s.file, s] as const)

  it.each(scenarios)('%s: each plan of the top 10 is the one the search built', (_, s) => {
    const answers = parseAnswers(s.answers, questions)
    const result = recommend(catalogue, questionnaire, answers, { today: s.today })
    const { input } = assess(catalogue, questionnaire, answers, { today: s.today })
    for (const plan of result.combinations.plans) {
      const direct = planForKey(input, plan.programs)
      expect('plan' in direct && own(direct.plan)).toEqual(own(plan))
    }
  })

  it('outside the top 10: the plan of exactly those programmes, as a search among them finds it', () => {
    const result = recommend(catalogue, questionnaire, fullAnswers, { today: TODAY })
    const { input } = assess(catalogue, questionnaire, fullAnswers, { today: TODAY })
    const listed = new Set(result.combinations.plans.map((p) => p.key))
    // Each public programme of the best plan alone: a single application is no plan of the list
    // when plans of several fund more, yet it can be formed (a subsidiary one cannot: its public
    // programmes come first).
    const subsidiary = (id: string) =>
      input.candidates.find((c) => c.program.id === id)!.program.combination.subsidiary
    const singles = result.combinations.plans[0]!.programs.filter(
      (id) => !listed.has(id) && !subsidiary(id),
    )
    expect(singles.length).toBeGreaterThan(0)
    for (const id of singles) {
      const direct = planForKey(input, [id])
      // A search among this programme and the offers (which bring no money) plans it alone.
      const alone = input.candidates.filter(
        (c) => c.program.id === id || c.program.money.form === 'none',
      )
      const searched = combine({ ...input, candidates: alone }).plans.find((p) => p.key === id)
      expect(searched).toBeDefined()
      expect('plan' in direct && own(direct.plan)).toEqual(own(searched!))
    }
  })
})

describe('a marked combination that cannot be formed names its reason', () => {
  const program = (id: string, over: Partial<ProgramInput> = {}): Program =>
    programSchema.parse(makeProgram({ id, ...over }))
  const combination = (over: object) => ({ maxPublicRatePercent: null, ...over })
  const note = { de: 'Notiz', en: 'Note' }
  const full = {
    form: 'grant' as const,
    ratePercent: 100,
    minAmount: 60000,
    maxAmount: 100000,
    perUnit: [],
    minOwnSharePercent: null,
  }
  const programs = [
    program('a'),
    program('b', {
      combination: combination({ excludes: [{ program: 'a', basis: 'explicit' }] }),
    }),
    program('needs-a', {
      combination: combination({
        requires: [{ kind: 'program', anyOf: ['a'], basis: 'explicit', note }],
      }),
    }),
    program('needs-gone', {
      combination: combination({
        requires: [{ kind: 'program', anyOf: ['gone'], basis: 'explicit', note }],
      }),
    }),
    program('foundation', {
      funder: { name: 'Stiftung', level: 'stiftung' },
      combination: combination({ subsidiary: true }),
    }),
    program('other-applicant', { applicants: ['association'] }),
    program('min-1', { money: full }),
    program('min-2', { money: full }),
  ]
  const input: CombinationInput = {
    candidates: programs.map((p) => ({ program: p, verdict: 'eligible', openQuestions: [] })),
    organisations: ['municipality'],
    costs: { personnel: { implementation: 100000 } },
    answers: {},
    ownFunds: null,
    plannedStart: null,
    phases: ['implementation'],
    today: TODAY,
  }

  it.each([
    [['a', 'b'], { code: 'excluded', programId: 'a', other: 'b' }],
    [['needs-a'], { code: 'requirementUnmet', programId: 'needs-a', anyOf: ['a'] }],
    [['a', 'needs-gone'], { code: 'requirementUnmet', programId: 'needs-gone', anyOf: ['gone'] }],
    [['foundation'], { code: 'publicFirst', programId: 'foundation' }],
    [['other-applicant'], { code: 'noMoney', programId: 'other-applicant' }],
    // Two applications of at least 60,000 € each on 100,000 € of costs.
    [['min-1', 'min-2'], { code: 'minimumUnreachable' }],
    [['a', 'unheard-of'], { code: 'notCandidate', programId: 'unheard-of' }],
  ])('%j: %j', (ids, problem) => {
    expect(planForKey(input, ids)).toEqual({ problem: expect.objectContaining(problem) })
  })

  it('the same programmes with what they lacked form a plan', () => {
    for (const ids of [['a', 'needs-a'], ['a', 'foundation'], ['min-1']]) {
      const direct = planForKey(input, ids)
      expect('plan' in direct && direct.plan.programs).toEqual([...ids].sort())
    }
  })

  it('names public programmes a subsidiary one must follow', () => {
    const direct = planForKey(input, ['foundation'])
    expect('problem' in direct && direct.problem).toMatchObject({
      anyOf: expect.arrayContaining(['a', 'b']),
    })
  })
})

describe('marked plans of a project', () => {
  const result = recommend(catalogue, questionnaire, fullAnswers, { today: TODAY })
  const top = result.combinations.plans
  const marked = (keys: string[]) =>
    markedPlans(catalogue, questionnaire, fullAnswers, keys, { today: TODAY, top })
  const find = (pick: (p: (typeof result.programs)[number]) => boolean) =>
    result.programs.find(pick)!.id

  it('takes a plan of the list as it is and evaluates the others', () => {
    const single = top[0]!.programs.find((id) => !top.some((p) => p.key === id))!
    const [listed, evaluated] = marked([top[1]!.key, single])
    expect(listed).toEqual({ key: top[1]!.key, plan: top[1], inTop: true })
    expect(evaluated).toMatchObject({ key: single, inTop: false, plan: { programs: [single] } })
  })

  it.each([
    ['unknownProgram', () => 'no-longer-in-the-catalogue'],
    ['notEligible', () => find((p) => p.verdict === 'ineligible' && p.deadline.state !== 'closed')],
    ['notApplicable', () => find((p) => p.deadline.state === 'closed')],
  ])('a programme that is %s', (code, id) => {
    const programId = id()
    const key = [top[0]!.programs[0]!, programId].sort().join('+')
    expect(marked([key])).toEqual([
      { key, plan: null, problem: expect.objectContaining({ code, programId }) },
    ])
  })
})
