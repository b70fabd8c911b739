import { describe, expect, it } from 'vitest'
import { roadmapEvents } from '../../src/domain/index'
import { icsFile } from '../../src/export/ics-file'
import { catalogue } from '../fixtures/data'
import { makePlan } from '../fixtures/make-plan'
import { icsText, parseIcs } from './ics-parse'

const plan = makePlan()
const exportedAt = new Date(Date.UTC(2026, 10, 25, 9, 30))

describe('roadmap calendar', () => {
  it('makes one event per dated step, linked to the programme source', () => {
    const events = roadmapEvents(plan, catalogue, 'de')
    expect(events.map((e) => e.date)).toEqual(['2027-01-31', '2027-03-13'])
    const qi = catalogue.programs.find((p) => p.id === 'q2030-quartiersimpulse')!
    const event = events.find((e) => e.programId === qi.id)!
    expect(event.url).toBe(qi.sources[0]!.url)
    expect(event.description).toContain(qi.name.de)
    expect(event.description).toContain('Antrag stellen: Quartiersimpulse')
  })

  it('marks projected rounds as voraussichtlich and only those', () => {
    const events = roadmapEvents(plan, catalogue, 'de')
    expect(events.filter((e) => /voraussichtlich/i.test(e.title)).map((e) => e.programId)).toEqual([
      'q2030-quartiersimpulse',
    ])
    expect(roadmapEvents(plan, catalogue, 'en').find((e) => e.expected)!.title).toMatch(
      /^Expected:/,
    )
  })

  it('writes an .ics file that parses as RFC 5545 with all-day events', () => {
    const file = icsFile(roadmapEvents(plan, catalogue, 'de'), 'de', exportedAt)
    if (!file.ok) throw new Error(file.message)
    const { calendar, events } = parseIcs(file.text)
    expect(calendar.VERSION).toBe('2.0')
    expect(events).toHaveLength(2)
    const expected = events.find((e) => icsText(e.SUMMARY).startsWith('Voraussichtlich'))!
    expect(expected['DTSTART;VALUE=DATE']).toBe('20270313')
    expect(expected['DTEND;VALUE=DATE']).toBe('20270314')
    expect(expected.STATUS).toBe('TENTATIVE')
    expect(expected.URL).toMatch(/^https:\/\//)
    expect(icsText(expected.DESCRIPTION)).toContain('Termin voraussichtlich')
    const announced = events.find((e) => e !== expected)!
    expect(announced.STATUS).toBe('CONFIRMED')
    expect(new Set(events.map((e) => e.DTSTAMP))).toEqual(new Set(['20261125T093000Z']))
  })

  it('says when the window of a projected round opens, where that day is on record', () => {
    // Quartiersimpulse's projected step (13.3.2027), as if its window opened on 14 January.
    const windowed = makePlan({
      steps: plan.steps.map((s) => (s.date === '2027-03-13' ? { ...s, opens: '2027-01-14' } : s)),
    })
    const event = roadmapEvents(windowed, catalogue, 'de').find((e) => e.date === '2027-03-13')!
    expect(event.description).toContain('Das Antragsfenster öffnet voraussichtlich am 14.01.2027')
    const en = roadmapEvents(windowed, catalogue, 'en').find((e) => e.date === '2027-03-13')!
    expect(en.description).toContain('expected to open on 14/01/2027')
    const plain = roadmapEvents(plan, catalogue, 'de').find((e) => e.date === '2027-03-13')!
    expect(plain.description).not.toContain('öffnet')
  })

  it('names the last day of a window open now as such, not as a deadline to wait for', () => {
    // Aktion Mensch's step (31.1.2027), as if its window were open now and decided on arrival.
    const open = makePlan({
      steps: plan.steps.map((s) => (s.date === '2027-01-31' ? { ...s, openUntil: true } : s)),
    })
    const event = roadmapEvents(open, catalogue, 'de').find((e) => e.date === '2027-01-31')!
    expect(event.title).toMatch(/^Antragsfenster endet: /)
    expect(event.description).toContain('jederzeit bis zu diesem Tag')
    const plain = roadmapEvents(plan, catalogue, 'de').find((e) => e.date === '2027-01-31')!
    expect(plain.title).not.toMatch(/Antragsfenster endet/)
  })

  it('names a base grant to be approved before a date as such', () => {
    const base = makePlan({
      steps: plan.steps.map((s) =>
        s.action.code === 'applyBase' ? { ...s, date: '2027-03-13', before: true } : s,
      ),
    })
    const event = roadmapEvents(base, catalogue, 'de').find((e) => e.title.includes('Zuerst'))!
    expect(event.title).toMatch(/^Bewilligt vor diesem Tag: Zuerst beantragen/)
  })

  it('gives the same UIDs on a second export, so calendars update instead of duplicating', () => {
    const first = roadmapEvents(plan, catalogue, 'de').map((e) => e.uid)
    expect(roadmapEvents(plan, catalogue, 'en').map((e) => e.uid)).toEqual(first)
    expect(new Set(first).size).toBe(first.length)
  })

  it('refuses a plan without dated steps instead of writing an empty calendar', () => {
    const undated = makePlan({ steps: plan.steps.map((s) => ({ ...s, date: null })) })
    expect(icsFile(roadmapEvents(undated, catalogue, 'de'), 'de', exportedAt).ok).toBe(false)
  })
})
