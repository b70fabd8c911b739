// Published combinations (research programmes.md §5) rebuilt as scenarios: the engine must put
// the programmes combined there together, filed by the organisations that filed them.
import { describe, expect, it } from 'vitest'
import { parseAnswers, recommend } from '../../src/domain/index'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

function resultFor(file: string) {
  const scenario = loadScenarios().find((s) => s.file === file)!
  const answers = parseAnswers(scenario.answers, questions)
  return recommend(catalogue, questionnaire, answers, { today: scenario.today, lang: 'de' })
    .combinations
}

describe('real combinations', () => {
  it('Weinheim: Quartiersimpulse filed by the town and Gut Beraten! by the civil-society partner, own share from the council grant', () => {
    const { plans } = resultFor('weinheim-luetzelsachsen.json')
    const plan = plans.find(
      (p) =>
        p.programs.includes('q2030-quartiersimpulse') && p.programs.includes('q2030-gutberaten-qe'),
    )
    expect(plan).toBeDefined()
    const applicant = (id: string) => plan!.applications.find((a) => a.programId === id)!.applicant
    expect(applicant('q2030-quartiersimpulse')).toBe('municipality')
    expect(['registeredAssociation', 'churchParish']).toContain(applicant('q2030-gutberaten-qe'))
    // The council's 50,000 € cover the own share, as in Lützelsachsen.
    expect(plan!.ownShare).toBeLessThanOrEqual(50000)
    expect(plan!.warnings.some((w) => w.kind === 'ownFundsShort')).toBe(false)
    const advice = plan!.steps.findIndex((s) => s.programId === 'q2030-gutberaten-qe')
    const grant = plan!.steps.findIndex((s) => s.programId === 'q2030-quartiersimpulse')
    expect(advice).toBeLessThan(grant)
  })

  it('Mengen and Scheer: the Verbund files Quartiersimpulse in its higher band', () => {
    const { plans } = resultFor('mengen-scheer-verbund.json')
    const filings = plans.flatMap((p) =>
      p.applications.filter((a) => a.programId === 'q2030-quartiersimpulse'),
    )
    expect(filings.length).toBeGreaterThan(0)
    for (const filing of filings) {
      expect(filing.applicant).toBe('municipalAssociation')
      // Above the 85,000 € a single municipality could get; at most the Verbund's 115,000 €.
      expect(filing.amount).toBeGreaterThan(85000)
      expect(filing.amount).toBeLessThanOrEqual(115000)
    }
  })
})
