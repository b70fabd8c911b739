import { describe, expect, it } from 'vitest'
import { leanAppData } from '../../scripts/build/lean-app-data'
import { splitAppData } from '../../scripts/build/split-app-data'
import type { AppData } from '../../src/catalogue-source'
import { fillSlots, openSlots } from '../../src/catalogue-slots'
import { recommend, recommendVerdicts, type Answers } from '../../src/domain/index'
import { LANGS } from '../../src/domain/text'
import { catalogue, questionnaire } from '../fixtures/data'
import weinheim from '../scenarios/weinheim-luetzelsachsen.json'

const lean = leanAppData({ catalogue, questionnaire })
const split = splitAppData(lean)

/** What the browser holds after a German first visit: the skeleton and the German texts. */
function germanStart() {
  const data = JSON.parse(JSON.stringify(split.skeleton)) as AppData
  const slots = openSlots(data)
  fillSlots(slots.texts, split.texts.de, 'de', LANGS, true)
  return { data, slots }
}

describe("the browser's catalogue in pieces (issue 14)", () => {
  it('holds no text in the skeleton, and one language per text chunk', () => {
    const skeleton = JSON.stringify(split.skeleton)
    const quartiersimpulse = catalogue.programs.find((p) => p.id === 'q2030-quartiersimpulse')!
    for (const lang of LANGS) expect(skeleton).not.toContain(quartiersimpulse.summary[lang])
    // The first screens' chunk holds the questionnaire's texts, in one language.
    const question = questionnaire.steps[0]!.questions[0]!
    expect(split.texts.de).toContain(question.label.de)
    expect(split.texts.de).not.toContain(question.label.en)
    expect(split.texts.en).toContain(question.label.en)
    // The programmes' texts wait for the results' screens.
    const criterion = quartiersimpulse.eligibility[0]!
    for (const text of [quartiersimpulse.name, quartiersimpulse.summary, criterion.explain.fail]) {
      expect(split.texts.de).not.toContain(text.de)
      expect(split.results.de).toContain(text.de)
      expect(split.results.en).toContain(text.en)
    }
    // The long texts and the sources wait for the details.
    expect(split.texts.de).not.toContain(quartiersimpulse.money.note!.de)
    expect(split.details.de.texts).toContain(quartiersimpulse.money.note!.de)
    expect(skeleton).not.toContain(quartiersimpulse.sources[0]!.url)
    // So do the open questions each plan names, outside the skeleton's slots.
    const qi = catalogue.programs.indexOf(quartiersimpulse)
    expect(skeleton).not.toContain(quartiersimpulse.unknowns[0]!.de.slice(0, 30))
    expect(split.details.de.unknowns[qi]).toEqual(quartiersimpulse.unknowns.map((u) => u.de))
    expect(split.details.en.unknowns[qi]).toEqual(quartiersimpulse.unknowns.map((u) => u.en))
  })

  it('gives back the whole lean catalogue once both languages and the details are in', () => {
    const { data, slots } = germanStart()
    fillSlots(slots.texts, split.texts.en, 'en', LANGS, false)
    fillSlots(slots.results, split.results.en, 'en', LANGS, true)
    fillSlots(slots.results, split.results.de, 'de', LANGS, false)
    fillSlots(slots.details, split.details.de.texts, 'de', LANGS, true)
    fillSlots(slots.details, split.details.en.texts, 'en', LANGS, false)
    data.catalogue.programs.forEach((p, i) => {
      p.sources.push(...split.details.de.sources[i]!)
      p.unknowns.push(...split.details.de.unknowns[i]!.map(() => ({ de: '', en: '' })))
      fillSlots(p.unknowns, split.details.de.unknowns[i]!, 'de', LANGS, false)
      fillSlots(p.unknowns, split.details.en.unknowns[i]!, 'en', LANGS, false)
    })
    expect(data).toEqual(lean)
  })

  it('decides eligibility and finds the same plans from the first screen’s pieces alone', () => {
    const { data } = germanStart()
    const answers = weinheim.answers as Answers
    const options = { today: weinheim.today }
    // The same verdicts without their texts: the programmes' texts (in the full data a
    // LocalizedText, in the first screen's pieces an empty one) come with the results' screens.
    const withoutTexts = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (_, v: unknown) =>
        typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        Object.keys(v).every((k) => (LANGS as readonly string[]).includes(k))
          ? undefined
          : v,
      )
    const verdicts = (d: AppData) =>
      withoutTexts(recommendVerdicts(d.catalogue, d.questionnaire, answers, options))
    expect(JSON.stringify(verdicts(lean))).toContain('"eligible"')
    expect(verdicts(data)).toEqual(verdicts(lean))
    const plans = (d: AppData) =>
      recommend(d.catalogue, d.questionnaire, answers, options).combinations.plans.map((p) => ({
        key: p.key,
        funding: p.totalFunding,
        ownShare: p.ownShare,
      }))
    expect(plans(data)).toEqual(plans(lean))
  })
})
