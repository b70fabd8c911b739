import { describe, expect, it } from 'vitest'
import {
  describeRecommendation,
  exportJson,
  parseAnswers,
  plansCsv,
  recommend,
  resultsCsv,
} from '../../src/domain/index'
import { describePlan } from '../../src/domain/describe/plan'
import { toCsv } from '../../src/domain/export/csv'
import { catalogue, questionnaire, questions } from '../fixtures/data'
import fullAnswers from '../fixtures/full-answers.json'
import { makePlan } from '../fixtures/make-plan'
import { loadScenarios } from '../scenarios/scenario-file'

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (quoted && c === '"') {
      quoted = false
    } else if (quoted || (c !== '"' && c !== separator && c !== '\r')) {
      field += c
    } else if (c === '"') {
      quoted = true
    } else if (c === separator) {
      row.push(field)
      field = ''
    } else {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++ // the LF of CRLF
    }
  }
  return rows
}

const result = recommend(catalogue, questionnaire, fullAnswers, { today: '2026-11-25' })

describe('CSV export', () => {
  it('lists every programme of the result with its verdict, German style', () => {
    const rows = parseCsv(resultsCsv(result, 'de'), ';')
    expect(rows).toHaveLength(result.programs.length + 1)
    expect(rows[0]).toContain('Ergebnis')
    for (const p of result.programs) {
      const row = rows.find((r) => r[0] === p.id)!
      expect(row[1]).toBe(p.name.de)
      expect(row[4]).toBe(p.verdict)
    }
  })

  it('writes one row per application of each plan, with decimal commas in German', () => {
    const plans = [makePlan(), makePlan({ programs: ['stiftung-aktion-mensch'] })]
    const rows = parseCsv(plansCsv(plans, 'de'), ';')
    expect(rows).toHaveLength(1 + plans[0]!.applications.length + plans[1]!.applications.length)
    expect(rows[1]![5]).toBe('26,7')
    expect(parseCsv(plansCsv(plans, 'en'), ',')[1]![5]).toBe('26.7')
  })

  it('dates each application as the roadmap does, not by the programme’s next deadline', () => {
    // The NIS consolidation after two years of Quartiersimpulse: the roadmap applies in the
    // round before its money starts (30.11.2028), while NIS's next deadline is 30.11.2026.
    const scenario = loadScenarios().find((s) => s.file.startsWith('quartiersimpulse-dann-nis'))!
    const answers = parseAnswers(scenario.answers, questions)
    const top = recommend(catalogue, questionnaire, answers, { today: scenario.today }).combinations
      .plans[0]!
    expect(top.applications.find((a) => a.programId === 'bw-nis')?.deadline.next).toBe('2026-11-30')
    const rows = parseCsv(plansCsv([top], 'de'), ';')
    const nis = rows.find((r) => r[6] === 'bw-nis')!
    expect(rows[0]!.slice(11)).toEqual(['Antrag bis (Fahrplan)', 'Frist voraussichtlich'])
    expect(nis.slice(11)).toEqual(['2028-11-30', 'ja'])
  })

  it('quotes separators and quotes, and disarms spreadsheet formulas', () => {
    const rows = parseCsv(toCsv([['a;b', 'say "hi"', '=SUM(A1)', 'line\nbreak']], 'de'), ';')
    expect(rows[0]).toEqual(['a;b', 'say "hi"', "'=SUM(A1)", 'line\nbreak'])
  })
})

describe('JSON export', () => {
  it('carries answers, results, plans, the link and the catalogue date', () => {
    const doc = JSON.parse(
      exportJson({
        exportedAt: '2026-11-25T09:30:00Z',
        catalogueAsOf: catalogue.asOf,
        shareLink: '#v1.abc',
        answers: fullAnswers,
        results: describeRecommendation(result, { lang: 'de', questions }),
        plans: [describePlan(makePlan(), 'de')],
      }),
    )
    expect(doc.format).toBe('foerderbaukasten-export/1')
    expect(doc.answers).toEqual(fullAnswers)
    expect(doc.results.programs).toHaveLength(catalogue.programs.length)
    expect(doc.plans[0].programs).toEqual(makePlan().programs)
    // In words, in the export's language: the reader of the file has no codes to look up.
    expect(doc.plans[0].steps[1].action).toBe('Antrag stellen: Aktion Mensch')
    expect(doc.results.programs[0].criteria[0].reason).toEqual(expect.any(String))
  })
})
