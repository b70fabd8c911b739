// How each answer type is packed. Positions come from the frozen share schema, so a reader
// always interprets them with the same table the writer used.
import type { AnswerValue, CostMatrix } from '../answers/answer'
import { BitReader, BitWriter } from './bit-stream'
import type { ShareField, ShareSchema } from './share-schema'

const EPOCH = Date.UTC(2000, 0, 1)
const DAY = 86_400_000
const CENTS = 10
const FLOAT = 11

export function widthFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count))
}

export function dateToDays(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY)
}

export function daysToDate(days: number): string {
  return new Date(EPOCH + days * DAY).toISOString().slice(0, 10)
}

/**
 * Euro amounts: a 4-bit code then a varint. Codes 0–9 scale by a power of ten (45 000 € is
 * 45 × 10³), 10 means cents, 11 carries the raw float64 for anything else.
 */
export function writeAmount(w: BitWriter, value: number): void {
  if (Number.isSafeInteger(value)) {
    let mantissa = value
    let exp = 0
    while (mantissa !== 0 && mantissa % 10 === 0 && exp < 9) {
      mantissa /= 10
      exp++
    }
    w.uint(exp, 4)
    w.varint(mantissa)
    return
  }
  const cents = Math.round(value * 100)
  if (Number.isSafeInteger(cents) && cents / 100 === value) {
    w.uint(CENTS, 4)
    w.varint(cents)
    return
  }
  w.uint(FLOAT, 4)
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value)
  for (let i = 0; i < 8; i++) w.uint(view.getUint8(i), 8)
}

export function readAmount(r: BitReader): number {
  const code = r.uint(4)
  if (code <= 9) return r.varint() * 10 ** code
  if (code === CENTS) return r.varint() / 100
  if (code === FLOAT) {
    const view = new DataView(new ArrayBuffer(8))
    for (let i = 0; i < 8; i++) view.setUint8(i, r.uint(8))
    return view.getFloat64(0)
  }
  throw new RangeError(`unknown amount code ${code}`)
}

export function writeValue(
  w: BitWriter,
  field: ShareField,
  value: AnswerValue,
  schema: ShareSchema,
): void {
  const options = field.options ?? []
  switch (field.type) {
    case 'singleChoice':
      w.uint(options.indexOf(value as string), widthFor(options.length))
      return
    case 'multiChoice': {
      const chosen = new Set(value as string[])
      for (const option of options) w.bit(chosen.has(option))
      return
    }
    case 'integer':
      w.zigzag(value as number)
      return
    case 'amount':
      writeAmount(w, value as number)
      return
    case 'boolean':
      w.bit(value as boolean)
      return
    case 'date':
      w.zigzag(dateToDays(value as string))
      return
    case 'costMatrix':
      writeMatrix(w, value as CostMatrix, schema)
  }
}

export function readValue(r: BitReader, field: ShareField, schema: ShareSchema): AnswerValue {
  const options = field.options ?? []
  switch (field.type) {
    case 'singleChoice': {
      const index = r.uint(widthFor(options.length))
      const option = options[index]
      if (option === undefined) throw new RangeError(`"${field.id}" has no option ${index}`)
      return option
    }
    case 'multiChoice':
      return options.filter(() => r.bit())
    case 'integer':
      return r.zigzag()
    case 'amount':
      return readAmount(r)
    case 'boolean':
      return r.bit()
    case 'date': {
      const days = r.zigzag()
      // Keeps the year within 0000–9999 so the date stays a valid ISO string.
      if (Math.abs(days) > 2_900_000) throw new RangeError(`"${field.id}" has an impossible date`)
      return daysToDate(days)
    }
    case 'costMatrix':
      return readMatrix(r, schema)
  }
}

/** A presence bit per cost type, then per present type a presence bit and amount per phase. */
function writeMatrix(w: BitWriter, matrix: CostMatrix, schema: ShareSchema): void {
  const rows = matrix as Record<string, Record<string, number> | undefined>
  for (const type of schema.costTypes) {
    const row = rows[type]
    w.bit(row !== undefined)
    if (!row) continue
    for (const phase of schema.phases) {
      const euros = row[phase]
      // Zero cells are dropped, exactly as parseAnswers drops them.
      const present = typeof euros === 'number' && euros > 0
      w.bit(present)
      if (present) writeAmount(w, euros)
    }
  }
}

function readMatrix(r: BitReader, schema: ShareSchema): CostMatrix {
  const matrix: Record<string, Record<string, number>> = {}
  for (const type of schema.costTypes) {
    if (!r.bit()) continue
    const row: Record<string, number> = {}
    for (const phase of schema.phases) if (r.bit()) row[phase] = readAmount(r)
    matrix[type] = row
  }
  return matrix as CostMatrix
}
