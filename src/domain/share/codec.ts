// Share links: `#v<version>.<base64url>` in the URL fragment, which never reaches a server.
// They carry the answers and the chosen combinations (programme ids), never results: opening
// a link recomputes with the catalogue of the day, and says so when that catalogue is newer.
import type { Answers } from '../answers/answer'
import { keepValidAnswers } from '../answers/parse-answers'
import type { Questionnaire } from '../questionnaire/schema'
import { questionMap } from '../questionnaire/visibility'
import { toBase64url } from './base64url'
import { BitWriter } from './bit-stream'
import { crc16 } from './checksum'
import { programRef, PROGRAM_REF_BITS } from './program-ref'
import type { ShareSchema } from './share-schema'
import { dateToDays, writeValue } from './values'
import { CURRENT_SHARE_SCHEMA } from './versions/index'

/** What a link restores: the questionnaire's answers and the combinations the user chose. */
export interface ShareState {
  answers: Answers
  /** Each combination as a list of programme ids. */
  combinations: string[][]
}

export const MAX_SHARED_COMBINATIONS = 8
export const MAX_SHARED_PROGRAMS = 32

export interface EncodeResult {
  /** The fragment including '#', e.g. `#v1.AbC…`. */
  fragment: string
  /** Question ids left out because the answer was invalid or the share schema lacks them. */
  omitted: string[]
  /** Combinations left out past MAX_SHARED_COMBINATIONS or MAX_SHARED_PROGRAMS. */
  omittedCombinations: number
}

export function encodeShareLink(
  state: ShareState,
  questionnaire: Questionnaire,
  catalogueAsOf: string,
  schema: ShareSchema = CURRENT_SHARE_SCHEMA,
): EncodeResult {
  const { answers, dropped } = keepValidAnswers(state.answers, questionMap(questionnaire))
  const omitted = dropped.map((d) => d.questionId)
  const w = new BitWriter()
  w.zigzag(dateToDays(catalogueAsOf))
  const known = new Set(schema.fields.map((f) => f.id))
  omitted.push(...Object.keys(answers).filter((id) => !known.has(id)))
  for (const field of schema.fields) {
    const value = answers[field.id]
    const writable = value !== undefined && fitsField(value, field.options)
    if (value !== undefined && !writable) omitted.push(field.id)
    w.bit(writable)
    if (writable) writeValue(w, field, value, schema)
  }
  const omittedCombinations = writeCombinations(w, state.combinations)
  return {
    omittedCombinations,
    fragment: `#v${schema.version}.${toBase64url(withChecksum(schema.version, w.bytes()))}`,
    omitted,
  }
}

/** An answer fits when every option it names is in the frozen table and numbers are safe. */
function fitsField(value: Answers[string], options: readonly string[] | undefined): boolean {
  if (typeof value === 'number') return Math.abs(value) <= Number.MAX_SAFE_INTEGER / 4
  if (!options) return true
  const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : []
  return values.every((v) => options.includes(v))
}

/** Writes the combinations and returns how many did not fit. */
function writeCombinations(w: BitWriter, combinations: readonly string[][]): number {
  const nonEmpty = combinations.map((c) => [...new Set(c)].sort()).filter((c) => c.length > 0)
  const chosen = nonEmpty.slice(0, MAX_SHARED_COMBINATIONS)
  const ids = [...new Set(chosen.flat())].sort().slice(0, MAX_SHARED_PROGRAMS)
  w.varint(ids.length, 3)
  for (const id of ids) w.uint(programRef(id), PROGRAM_REF_BITS)
  const kept = chosen.filter((c) => c.every((id) => ids.includes(id)))
  w.varint(kept.length, 3)
  for (const combination of kept) for (const id of ids) w.bit(combination.includes(id))
  return nonEmpty.length - kept.length
}

export function withChecksum(version: number, body: Uint8Array): Uint8Array {
  const crc = crc16([version & 0xff, ...body])
  const out = new Uint8Array(body.length + 2)
  out.set(body)
  out[body.length] = crc >> 8
  out[body.length + 1] = crc & 0xff
  return out
}
