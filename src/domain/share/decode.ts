// Reading a share link never throws: every failure comes back as a typed error with a code the
// UI can translate and an English message for logs and the command line.
import type { Answers } from '../answers/answer'
import { keepValidAnswers, parseAnswers, type DroppedAnswer } from '../answers/parse-answers'
import type { Questionnaire } from '../questionnaire/schema'
import { questionMap } from '../questionnaire/visibility'
import { fromBase64url } from './base64url'
import { BitReader, BitStreamEnd } from './bit-stream'
import { crc16 } from './checksum'
import { MAX_SHARED_COMBINATIONS, MAX_SHARED_PROGRAMS, type ShareState } from './codec'
import { applyRenames } from './migrate'
import { PROGRAM_REF_BITS, programRefTable } from './program-ref'
import type { ShareSchema } from './share-schema'
import { daysToDate, readValue } from './values'
import { SHARE_SCHEMAS } from './versions/index'

export type ShareLinkErrorCode =
  | 'empty' // nothing after the '#'
  | 'format' // not `v<number>.<base64url>`
  | 'unknownVersion' // made by a newer or unknown version of the app
  | 'checksum' // a character was changed or lost
  | 'truncated' // the data end too early
  | 'invalid' // well-formed but impossible content (a tampered link)

export interface ShareLinkError {
  ok: false
  code: ShareLinkErrorCode
  message: string
}

export interface SharedLink extends ShareState {
  ok: true
  version: number
  /** The catalogue's as-of date when the link was made. */
  linkCatalogueAsOf: string
  /** True when today's catalogue has another as-of date: results may differ from the sender's. */
  catalogueChanged: boolean
  /** True when the link was made with an older share schema and its answers were migrated. */
  migrated: boolean
  /** Answers the current questionnaire no longer accepts. */
  dropped: DroppedAnswer[]
  /** Combinations left out because a programme is no longer in the catalogue. */
  droppedCombinations: number
}

export type DecodeResult = SharedLink | ShareLinkError

export interface DecodeContext {
  questionnaire: Questionnaire
  programIds: readonly string[]
  catalogueAsOf: string
  schemas?: readonly ShareSchema[]
}

const MAX_LINK_LENGTH = 4000
const TOKEN = /^v(\d{1,4})\.([A-Za-z0-9_-]*)$/

const fail = (code: ShareLinkErrorCode, message: string): ShareLinkError => ({
  ok: false,
  code,
  message,
})

/** Accepts a whole URL, a fragment (`#v1.…`) or the bare token (`v1.…`). */
export function decodeShareLink(link: string, context: DecodeContext): DecodeResult {
  try {
    return decode(link, context)
  } catch (error) {
    // Defensive: the reader only throws on bad data, but no exception may reach the caller.
    if (error instanceof BitStreamEnd) return fail('truncated', 'the link ends too early')
    return fail('invalid', `the link holds impossible data (${(error as Error).message})`)
  }
}

function decode(link: string, context: DecodeContext): DecodeResult {
  if (typeof link !== 'string') return fail('format', 'a share link must be text')
  const hash = link.lastIndexOf('#')
  const token = (hash >= 0 ? link.slice(hash + 1) : link).trim()
  if (token === '') return fail('empty', 'the link carries no data')
  if (token.length > MAX_LINK_LENGTH) return fail('format', 'the link is far too long')
  const match = TOKEN.exec(token)
  if (!match) return fail('format', 'the link is not a Förderbaukasten share link')
  const version = Number(match[1])
  const schemas = context.schemas ?? SHARE_SCHEMAS
  const schema = schemas.find((s) => s.version === version)
  if (!schema) return fail('unknownVersion', `link version ${version} is unknown to this app`)
  const bytes = fromBase64url(match[2]!)
  if (!bytes || bytes.length < 3) return fail('truncated', 'the link is cut off or damaged')
  const body = bytes.subarray(0, bytes.length - 2)
  const stored = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!
  if (crc16([version & 0xff, ...body]) !== stored) {
    return fail('checksum', 'the link was changed or cut off (its checksum does not match)')
  }
  const r = new BitReader(body)
  const linkCatalogueAsOf = daysToDate(r.zigzag())
  let answers: Answers = {}
  for (const field of schema.fields) if (r.bit()) answers[field.id] = readValue(r, field, schema)
  const refs = readCombinations(r)
  if (typeof refs === 'string') return fail('invalid', refs)
  if (!r.atPaddingEnd()) return fail('invalid', 'the link has data after its end')

  answers = applyRenames(answers, version, schemas)
  const kept = keepValidAnswers(answers, questionMap(context.questionnaire))
  const table = programRefTable(context.programIds)
  const combinations = refs
    .map((c) => c.map((ref) => table.get(ref)))
    .filter((c): c is string[] => c.every((id) => id !== undefined))
  return {
    ok: true,
    version,
    // parseAnswers once more on the whole: the state handed on is always a valid one.
    answers: parseAnswers(kept.answers, questionMap(context.questionnaire)),
    combinations,
    linkCatalogueAsOf,
    catalogueChanged: linkCatalogueAsOf !== context.catalogueAsOf,
    migrated: version !== schemas[schemas.length - 1]?.version,
    dropped: kept.dropped,
    droppedCombinations: refs.length - combinations.length,
  }
}

/** Returns the combinations as lists of programme refs, or a message when impossible. */
function readCombinations(r: BitReader): number[][] | string {
  const count = r.varint(3)
  if (count > MAX_SHARED_PROGRAMS) return `the link names ${count} programmes`
  const refs: number[] = []
  for (let i = 0; i < count; i++) refs.push(r.uint(PROGRAM_REF_BITS))
  const combos = r.varint(3)
  if (combos > MAX_SHARED_COMBINATIONS) return `the link holds ${combos} combinations`
  const out: number[][] = []
  for (let i = 0; i < combos; i++) {
    const combination = refs.filter(() => r.bit())
    if (combination.length === 0) return 'the link holds an empty combination'
    out.push(combination)
  }
  return out
}
