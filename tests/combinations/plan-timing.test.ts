import { describe, expect, it } from 'vitest'
import { describeAction, describeWarning } from '../../src/domain/index'
import type { ProgramInput } from '../../src/domain/catalogue/schema'
import { combine } from '../../src/domain/combinations/combine'
import { candidate, input, money, perYearMoney } from '../fixtures/plan-input'

/** A municipality's grant on personnel costs, 50 % up to 8,000 €, with the given windows. */
const grant = (windows: ProgramInput['windows'], over: Partial<ProgramInput> = {}) =>
  candidate({
    id: 'grant',
    applicants: ['municipality'],
    phases: ['implementation', 'consolidation'],
    costTypes: ['personnel'],
    money: money({ ratePercent: 50, maxAmount: 8000 }),
    windows,
    ...over,
  })

const warningOf = (plan: ReturnType<typeof combine>['plans'][number], kind: string) =>
  plan.warnings.find((w) => w.kind === kind)

describe('a round too close to prepare for', () => {
  // Today is 25.11.2026 in every case.
  it('a yearly deadline in 15 days: warns, and names next year’s round as expected', () => {
    const plan = combine(
      input([grant({ dates: [], recurrence: { kind: 'yearly', deadlines: ['12-10'] } })]),
    ).plans[0]!
    const warning = warningOf(plan, 'roundSoon')!
    expect(warning).toMatchObject({
      date: '2026-12-10',
      expected: true,
      after: '2027-12-10',
      afterExpected: true,
    })
    expect(describeWarning(warning, 'de')).toBe(
      'Programm grant: Die Antragsfrist (10.12.2026, erwartet) ist weniger als fünf Wochen ' +
        'entfernt – ' +
        'knapp für einen Antrag mit allem, was er voraussetzt (etwa einem Ratsbeschluss). Wird ' +
        'sie verpasst, bleibt die nächste Runde (10.12.2027, erwartet), und der Beginn ' +
        'verschiebt sich.',
    )
  })

  it('a deadline 35 days or more away: no warning', () => {
    // 25.11.2026 + 35 days = 30.12.2026.
    for (const md of ['12-30', '01-15']) {
      const plan = combine(
        input([grant({ dates: [], recurrence: { kind: 'yearly', deadlines: [md] } })]),
      ).plans[0]!
      expect(warningOf(plan, 'roundSoon')).toBeUndefined()
    }
    const plan = combine(
      input([grant({ dates: [], recurrence: { kind: 'yearly', deadlines: ['12-29'] } })]),
    ).plans[0]!
    expect(warningOf(plan, 'roundSoon')).toMatchObject({ date: '2026-12-29' })
  })

  it('a later announced window is named as announced', () => {
    const windows = {
      dates: [
        { opens: null, closes: '2026-12-01' },
        { opens: null, closes: '2027-04-30' },
      ],
      recurrence: null,
    }
    const plan = combine(input([grant(windows)])).plans[0]!
    expect(warningOf(plan, 'roundSoon')).toMatchObject({
      date: '2026-12-01',
      expected: false,
      after: '2027-04-30',
      afterExpected: false,
    })
  })

  it('no later round and the start after it: only the last-window warning speaks', () => {
    const windows = { dates: [{ opens: null, closes: '2026-12-01' }], recurrence: null }
    const plan = combine(input([grant(windows)])).plans[0]!
    expect(warningOf(plan, 'roundSoon')).toBeUndefined()
    expect(warningOf(plan, 'lastWindowBeforeStart')).toBeDefined()
    const started = combine(input([grant(windows)], { plannedStart: '2026-11-26' })).plans[0]!
    expect(describeWarning(warningOf(started, 'roundSoon')!, 'en')).toMatch(
      /less than five weeks away.*No later round is known\.$/,
    )
  })

  it('a round years before the money is needed is no warning: the plan names a later one', () => {
    const plan = combine(
      input([grant({ dates: [], recurrence: { kind: 'yearly', deadlines: ['12-10'] } })], {
        plannedStart: '2029-06-01',
      }),
    ).plans[0]!
    expect(plan.steps.find((s) => s.programId === 'grant')?.date).toBe('2028-12-10')
    expect(warningOf(plan, 'roundSoon')).toBeUndefined()
  })
})

describe('funding that ends while the project still runs', () => {
  const rolling = { dates: [], recurrence: { kind: 'rolling' as const } }
  const twoPhases = { personnel: { implementation: 10000, consolidation: 6000 } }
  const run = (over: Partial<ProgramInput>, projectYears: number, costs = twoPhases) =>
    combine(
      input([grant(rolling, { durationMonths: 12, ...over })], {
        costs,
        answers: { projectYears },
        phases: ['implementation', 'consolidation'],
      }),
    ).plans[0]!

  it('a 12-month grant paying costs of the last phase of a 2-year project: warns', () => {
    const warning = warningOf(run({}, 2), 'endsBeforeProject')!
    expect(warning).toMatchObject({ programId: 'grant', months: 12, years: 2 })
    expect(describeWarning(warning, 'de')).toBe(
      'Programm grant fördert höchstens 12 Monate, das Vorhaben läuft 2 Jahre. Im Plan trägt ' +
        'Programm grant auch Kosten der letzten Projektphase; was davon nach dem Förderzeitraum ' +
        'anfällt, ist nicht förderfähig. Die Kosten je Jahr sind nicht erfasst: vor dem Antrag ' +
        'die Kosten im Förderzeitraum beziffern – der Betrag kann sinken.',
    )
  })

  it('no warning when the grant lasts the project', () => {
    expect(warningOf(run({}, 1), 'endsBeforeProject')).toBeUndefined()
  })

  it('no warning when the grant pays only an earlier phase', () => {
    expect(warningOf(run({ phases: ['implementation'] }, 2), 'endsBeforeProject')).toBeUndefined()
  })

  it('no warning for money paid per project year, applied for each year', () => {
    const perYear = perYearMoney(2000)
    const plan = run({ money: perYear }, 2)
    expect(plan.applications[0]!.amount).toBe(4000)
    expect(warningOf(plan, 'endsBeforeProject')).toBeUndefined()
  })
})

describe('a programme without a published rate that leaves no own share', () => {
  const noRate = (maxAmount: number) =>
    candidate({
      id: 'no-rate',
      applicants: ['municipality'],
      phases: ['implementation'],
      costTypes: ['personnel'],
      money: money({ ratePercent: null, maxAmount }),
    })

  it('pays the costs it funds in full: the warning says no own share is left', () => {
    // 20,000 € personnel; a maximum of 25,000 € pays all of it.
    const plan = combine(input([noRate(25000)])).plans[0]!
    const warning = warningOf(plan, 'rateUnknown')!
    expect(warning).toMatchObject({ full: true })
    expect(describeWarning(warning, 'de')).toMatch(
      /Damit bleibt auf den Kosten, die Programm no-rate im Plan trägt, kein Eigenanteil\./,
    )
  })

  it('capped below the costs: the usual warning', () => {
    const plan = combine(input([noRate(15000)])).plans[0]!
    const warning = warningOf(plan, 'rateUnknown')!
    expect(warning).toMatchObject({ full: false })
    expect(describeWarning(warning, 'de')).not.toMatch(/kein Eigenanteil/)
  })
})

describe('a round for a Programmjahr', () => {
  const programmeYear = (plannedStart: string | null) =>
    combine(
      input(
        [
          grant({
            dates: [],
            recurrence: { kind: 'yearly', deadlines: ['09-30'] },
            fundsFollowingYear: true,
          }),
        ],
        { plannedStart },
      ),
    ).plans[0]!

  it('a start before the programme year: says when its money comes, not the deadline warning', () => {
    // Today 25.11.2026: the next round closes 30.9.2027 and funds the Programmjahr 2028.
    const plan = programmeYear('2027-06-01')
    const warning = warningOf(plan, 'programmeYear')!
    expect(warning).toMatchObject({ date: '2027-09-30', year: 2028, start: '2027-06-01' })
    expect(describeWarning(warning, 'de')).toBe(
      'Programm grant: Anträge bis 30.09.2027 gelten für das Programmjahr 2028; Mittel daraus ' +
        'gibt es erst in diesem Jahr. Der geplante Beginn (01.06.2027) liegt davor: Was daraus ' +
        'gefördert werden soll, erst 2028 und nach der Bewilligung beginnen.',
    )
    expect(warningOf(plan, 'startBeforeDeadline')).toBeUndefined()
  })

  it('without a planned start: no warning, as the project starts when the money can', () => {
    expect(warningOf(programmeYear(null), 'programmeYear')).toBeUndefined()
  })

  it('a start in the programme year: no warning', () => {
    const plan = programmeYear('2028-02-01')
    expect(warningOf(plan, 'programmeYear')).toBeUndefined()
    expect(plan.steps.find((s) => s.programId === 'grant')?.date).toBe('2027-09-30')
  })
})

describe('money approved a year at a time', () => {
  const perYear = perYearMoney(5000)
  const yearly = { dates: [], recurrence: { kind: 'yearly' as const, deadlines: ['11-15'] } }
  const plan = (durationMonths: number | null) =>
    combine(
      input([grant(yearly, { durationMonths, money: perYear })], {
        costs: { personnel: { implementation: 40000 } },
        answers: { projectYears: 3 },
        plannedStart: '2028-01-01',
      }),
    ).plans[0]!

  it('is applied for again for each later year, by the round before that year', () => {
    // 3 × 5,000 €; money from 1.1.2028, 1.1.2029 and 1.1.2030: rounds 15.11.2027, 2028, 2029.
    const p = plan(12)
    expect(p.applications[0]!.amount).toBe(15000)
    expect(p.steps.map((s) => [s.date, s.expected, describeAction(s.action, 'de')])).toEqual([
      ['2027-11-15', true, 'Antrag stellen: Programm grant'],
      ['2028-11-15', true, 'Folgeantrag stellen: Programm grant (für das 2. Projektjahr)'],
      ['2029-11-15', true, 'Folgeantrag stellen: Programm grant (für das 3. Projektjahr)'],
    ])
  })

  it('with repeat deadlines on record, the follow-ups take those (UstA: first 30.9., repeat 30.4.)', () => {
    const usta = combine(
      input(
        [
          grant(
            {
              dates: [],
              recurrence: { kind: 'yearly', deadlines: ['09-30'], repeatDeadlines: ['04-30'] },
            },
            { durationMonths: null, money: perYearMoney(5000) },
          ),
        ],
        {
          costs: { personnel: { implementation: 40000 } },
          answers: { projectYears: 3 },
          plannedStart: '2027-01-15',
        },
      ),
    ).plans[0]!
    // First application 30.9.2027 (its money from then); the next years' from 30.9.2028 and
    // 30.9.2029, each applied for again by the 30.4. before.
    expect(usta.steps.map((s) => s.date)).toEqual(['2027-09-30', '2028-04-30', '2029-04-30'])
  })

  it('an approval that runs longer, or for an unknown time, is one application', () => {
    expect(plan(36).steps).toHaveLength(1)
    expect(plan(null).steps).toHaveLength(1)
  })
})
