// Bit-level writer and reader for share links: booleans take one bit, choices a few.
// Numbers are kept below 2^53 and handled with arithmetic, never 32-bit bitwise operators.

/** Thrown inside the decoder only; decodeShareLink turns it into a typed error. */
export class BitStreamEnd extends Error {
  constructor() {
    super('the link ends too early')
    this.name = 'BitStreamEnd'
  }
}

export class BitWriter {
  private readonly bits: number[] = []

  bit(value: boolean): void {
    this.bits.push(value ? 1 : 0)
  }

  /** An unsigned integer in exactly `width` bits, most significant first. */
  uint(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2)
  }

  /** Unsigned varint: groups of `chunk` data bits, each followed by a continue bit. */
  varint(value: number, chunk = 7): void {
    let rest = value
    do {
      const group = rest % 2 ** chunk
      rest = Math.floor(rest / 2 ** chunk)
      this.uint(group, chunk)
      this.bit(rest > 0)
    } while (rest > 0)
  }

  /** Signed integers as zigzag varints, so small negatives stay short. */
  zigzag(value: number): void {
    this.varint(value >= 0 ? value * 2 : -value * 2 - 1)
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8))
    this.bits.forEach((b, i) => {
      if (b) out[i >> 3]! |= 0x80 >> (i & 7)
    })
    return out
  }
}

export class BitReader {
  private pos = 0

  constructor(private readonly data: Uint8Array) {}

  bit(): boolean {
    if (this.pos >= this.data.length * 8) throw new BitStreamEnd()
    const byte = this.data[this.pos >> 3]!
    const value = (byte & (0x80 >> (this.pos & 7))) !== 0
    this.pos++
    return value
  }

  uint(width: number): number {
    let value = 0
    for (let i = 0; i < width; i++) value = value * 2 + (this.bit() ? 1 : 0)
    return value
  }

  /** Reads a varint; refuses values past 2^53 so a tampered link cannot yield unsafe numbers. */
  varint(chunk = 7): number {
    let value = 0
    let scale = 1
    for (;;) {
      value += this.uint(chunk) * scale
      scale *= 2 ** chunk
      if (!this.bit()) break
      if (scale > Number.MAX_SAFE_INTEGER) throw new RangeError('a number in the link is too large')
    }
    if (value > Number.MAX_SAFE_INTEGER) throw new RangeError('a number in the link is too large')
    return value
  }

  zigzag(): number {
    const raw = this.varint()
    return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2
  }

  /** True when only zero padding (less than one byte) is left. */
  atPaddingEnd(): boolean {
    const left = this.data.length * 8 - this.pos
    if (left >= 8) return false
    for (let i = 0; i < left; i++) if (this.bit()) return false
    return true
  }
}
