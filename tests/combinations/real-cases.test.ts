// Published combinations (research programmes.md §5) rebuilt as scenarios: the engine must put
// the programmes combined there together, filed by the organisations that filed them.
import { describe, expect, it } from 'vitest'
import { describeWarning, parseAnswers, recommend, type Catalogue } from '../../src/domain/index'
import { withCallAnnounced } from '../fixtures/announced-call'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import { loadScenarios } from '../scenarios/scenario-file'

function resultFor(file: string, from: Catalogue = catalogue) {
  const scenario = loadScenarios().find((s) => s.file === file)!
  const answers = parseAnswers(scenario.answers, questions)
  return recommend(from, questionnaire, answers, { today: scenario.today }).combinations
}

describe('real combinations', () => {
  it('Landkreis: where the lottery pays what Integration vor Ort leaves as own share, the plan says that this is not on record', () => {
    const announced = withCallAnnounced(['bw-integration-vor-ort', 'stiftung-fernsehlotterie'])
    const [top] = resultFor('landkreis-integration.json', announced).plans
    expect(top!.programs).toEqual(['bw-integration-vor-ort', 'stiftung-fernsehlotterie'])
    // Staff of the implementation: 65,000 € funded in full (48,750 + 16,250) although each of the
    // two asks for an own share (10 % and 20 %) and neither names grants as a source of it.
    const warned = top!.warnings.filter((w) => w.kind === 'ownShareFromGrants')
    expect(warned.map((w) => [w.programId, w.kind === 'ownShareFromGrants' && w.percent])).toEqual([
      ['bw-integration-vor-ort', 10],
      ['stiftung-fernsehlotterie', 20],
    ])
    expect(describeWarning(warned[0]!, 'de')).toContain('Fernsehlotterie')
  })

  it('Culture barn: the Innovationsfonds Kunst beside the Land programme ELR, which an older call excluded, is flagged', () => {
    const announced = withCallAnnounced(['bw-innovationsfonds-kunst'])
    const [top] = resultFor('kultur-scheune-freiraeume.json', announced).plans
    expect(top!.programs).toEqual(['bw-elr', 'bw-innovationsfonds-kunst'])
    const flagged = top!.warnings.find((w) => w.kind === 'cumulationUnconfirmed')
    expect(flagged?.programId).toBe('bw-innovationsfonds-kunst')
    const text = describeWarning(flagged!, 'de')
    expect(text).toContain('neben ELR')
    expect(text).toContain('nicht bestätigt')
    expect(describeWarning(flagged!, 'en')).toContain('beside ELR')
  })

  it('Weinheim: no such warning where no programme of the plan asks for an own share', () => {
    const [top] = resultFor('weinheim-luetzelsachsen.json').plans
    expect(top!.warnings.some((w) => w.kind === 'ownShareFromGrants')).toBe(false)
  })
  it('KfW 432 with NIS: the 85 % cap on public money covers the management KfW 432 funds, and the plan names it', () => {
    const [top] = resultFor('stadt-energetisches-quartier-kfw432.json').plans
    const nis = top!.applications.find((a) => a.programId === 'bw-nis')!
    // 85 % × 300,000 € management = 255,000 €, of which KfW 432 pays 75 % = 225,000 €.
    expect(nis.amount).toBe(30000)
    expect(nis.basis.map((b) => [b.limit, b.fundedCostsPercent])).toEqual([['fundedCostsCap', 85]])
  })

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
    // The best plan with Quartiersimpulse uses the Verbund's band; smaller filings elsewhere in
    // the top list may equally come from a member town, within the town's band.
    const best = plans.find((p) => p.programs.includes('q2030-quartiersimpulse'))
    const filing = best?.applications.find((a) => a.programId === 'q2030-quartiersimpulse')
    expect(filing?.applicant).toBe('municipalAssociation')
    // Above the 85,000 € a single municipality could get; at most the Verbund's 115,000 €.
    expect(filing?.amount).toBeGreaterThan(85000)
    expect(filing?.amount).toBeLessThanOrEqual(115000)
    for (const other of plans.flatMap((p) => p.applications)) {
      if (other.programId === 'q2030-quartiersimpulse' && other.applicant === 'municipality') {
        expect(other.amount).toBeLessThanOrEqual(85000)
      }
    }
  })
})

describe('programmes without a published rate or maximum', () => {
  it('bring no invented euros into a plan', () => {
    const unknown = new Set(
      catalogue.programs
        .filter(
          (p) =>
            p.money.ratePercent === null &&
            p.money.maxAmount === null &&
            p.money.byApplicant.length === 0,
        )
        .map((p) => p.id),
    )
    expect(unknown.size).toBeGreaterThan(0)
    for (const file of [
      'weinheim-luetzelsachsen.json',
      'stadt-energetisches-quartier-kfw432.json',
    ]) {
      for (const plan of resultFor(file).plans) {
        expect(plan.programs.filter((id) => unknown.has(id))).toEqual([])
      }
    }
  })
})
