import {
  decodeShareLink,
  encodeShareLink,
  parseAnswers,
  type Answers,
  type DecodeResult,
  type Question,
} from '../../src/domain/index'
import { type ShareState } from '../../src/domain/share/codec'
import { catalogue, questionnaire, questions } from '../fixtures/data'

export const programIds = catalogue.programs.map((p) => p.id)
export const context = { questionnaire, programIds, catalogueAsOf: catalogue.asOf }

export function share(state: ShareState): string {
  return encodeShareLink(state, questionnaire, catalogue.asOf).fragment
}

export function open(link: string): DecodeResult {
  return decodeShareLink(link, context)
}

/** What a link must restore: the parsed answers, multi-choice in the questionnaire's order. */
export function expectedAnswers(answers: Answers): Answers {
  const parsed = parseAnswers(answers, questions)
  for (const [id, value] of Object.entries(parsed)) {
    const q = questions.get(id) as Question
    if (q.type === 'multiChoice' && Array.isArray(value)) {
      const order = (q.options ?? []).map((o) => o.value)
      parsed[id] = [...value].sort((a, b) => order.indexOf(a) - order.indexOf(b))
    }
  }
  return parsed
}
