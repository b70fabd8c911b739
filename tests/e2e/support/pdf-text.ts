// Reads the text of each page of a PDF that Chromium printed (page.pdf), with node:zlib only: a
// PDF library would be a heavy dependency for knowing what is on which page. It understands
// what Chromium's PDF writer (Skia) emits: flate-compressed content streams, fonts with a
// ToUnicode map, hex or literal strings shown by Tj, TJ, ' and ", and ActualText spans for
// ligatures. Anything else it does not read fails the caller's checks rather than passing them.
import { inflateSync } from 'node:zlib'

interface PdfObject {
  dict: string
  stream?: Buffer
}

type ToUnicode = Map<string, string>

export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf)
  const get = (ref: string | undefined) => {
    const object = ref === undefined ? undefined : objects.get(Number(ref))
    if (!object) throw new Error(`PDF object ${ref} is missing`)
    return object
  }
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict))
  const pages: PdfObject[] = []
  const walk = (node: PdfObject) => {
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? ''
      for (const [, ref] of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(get(ref))
    } else pages.push(node)
  }
  walk(get(/\/Pages\s+(\d+)\s+0\s+R/.exec(catalog?.dict ?? '')?.[1]))

  const maps = new Map<number, ToUnicode>()
  const fontMap = (ref: string) => {
    const id = Number(ref)
    if (!maps.has(id)) {
      const cmap = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(get(ref).dict)?.[1]
      maps.set(id, cmap ? parseToUnicode(streamText(get(cmap))) : new Map())
    }
    return maps.get(id)!
  }

  return pages.map((page) => {
    let resources = /\/Resources\s+(\d+)\s+0\s+R/.exec(page.dict)
      ? get(/\/Resources\s+(\d+)\s+0\s+R/.exec(page.dict)![1]).dict
      : page.dict
    const fontDict = /\/Font\s*(?:(\d+)\s+0\s+R|<<([\s\S]*?)>>)/.exec(resources)
    if (fontDict?.[1]) resources = get(fontDict[1]).dict
    const fonts = new Map<string, string>()
    for (const [, name, ref] of (fontDict?.[2] ?? resources).matchAll(/\/(\S+?)\s+(\d+)\s+0\s+R/g))
      fonts.set(name!, ref!)
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+)\s+0\s+R)/.exec(page.dict)
    const refs = contents?.[1]
      ? [...contents[1].matchAll(/(\d+)\s+0\s+R/g)].map((m) => m[1]!)
      : [contents?.[2]]
    const content = refs.map((ref) => streamText(get(ref))).join('\n')
    return showText(content, (name) => {
      const ref = fonts.get(name)
      return ref === undefined ? new Map() : fontMap(ref)
    })
  })
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  // latin1 keeps one character per byte, so string offsets are buffer offsets.
  const source = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const start = /(\d+)\s+0\s+obj\b/g
  for (let match = start.exec(source); match; match = start.exec(source)) {
    const end = source.indexOf('endobj', match.index)
    const body = source.slice(match.index + match[0].length, end)
    const streamAt = body.search(/stream\r?\n/)
    if (streamAt < 0) objects.set(Number(match[1]), { dict: body })
    else {
      const dataStart = match.index + match[0].length + body.indexOf('\n', streamAt) + 1
      const dataEnd = source.lastIndexOf('endstream', end)
      objects.set(Number(match[1]), {
        dict: body.slice(0, streamAt),
        stream: pdf.subarray(dataStart, dataEnd),
      })
    }
    start.lastIndex = end
  }
  return objects
}

function streamText(object: PdfObject): string {
  if (!object.stream) throw new Error('expected a stream')
  const flate = /\/FlateDecode\b/.test(object.dict)
  // Skia ends the data with a line break before "endstream"; inflate ignores what follows.
  return (flate ? inflateSync(object.stream) : object.stream).toString('latin1')
}

function utf16(hex: string): string {
  let text = ''
  for (let i = 0; i + 4 <= hex.length; i += 4)
    text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
  return text
}

function parseToUnicode(cmap: string): ToUnicode {
  const map: ToUnicode = new Map()
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
      map.set(code!.toUpperCase(), utf16(text!))
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, rest] of block!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g,
    )) {
      const first = parseInt(lo!, 16)
      const last = parseInt(hi!, 16)
      const list = [...rest!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]!)
      for (let code = first; code <= last; code++) {
        const key = code.toString(16).toUpperCase().padStart(lo!.length, '0')
        if (rest!.startsWith('[')) map.set(key, utf16(list[code - first] ?? ''))
        else {
          // The destination's last character counts up with the code.
          const base = utf16(list[0]!)
          map.set(
            key,
            base.slice(0, -1) +
              String.fromCharCode(base.charCodeAt(base.length - 1) + code - first),
          )
        }
      }
    }
  return map
}

/** A literal string's bytes, with PDF escapes resolved. */
function literalBytes(literal: string): string {
  return literal.replace(/\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)/g, (_, e: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8))
    if (/^\r?\n$/.test(e)) return ''
    return simple[e] ?? e
  })
}

/** Text of a literal string outside a font: UTF-16 with a byte order mark, else Latin-1. */
function documentText(bytes: string): string {
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes
  let text = ''
  for (let i = 2; i + 1 < bytes.length; i += 2)
    text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1))
  return text
}

function showText(content: string, font: (name: string) => ToUnicode): string {
  const token =
    /\/ActualText\s*\(((?:\\[\s\S]|[^\\)])*)\)|\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\/[^\s/[\]()<>]+|[A-Za-z'"*]+|-?[\d.]+|\[|\]/g
  let current: ToUnicode = new Map()
  let actual: string | null = null
  let depth = 0
  const out: string[] = []
  const operands: string[] = []
  const decode = (s: string) => {
    if (actual !== null) return ''
    const bytes = s.startsWith('<')
      ? s.slice(1, -1).replace(/\s/g, '').toUpperCase()
      : [...literalBytes(s.slice(1, -1))]
          .map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))
          .join('')
    // Chromium's fonts are two-byte (Identity-H); the map's keys say how wide a code is.
    const width = current.keys().next().value?.length ?? 4
    let text = ''
    for (let i = 0; i < bytes.length; i += width)
      text += current.get(bytes.slice(i, i + width)) ?? ''
    return text
  }
  for (const match of content.matchAll(token)) {
    const t = match[0]
    if (match[1] !== undefined) {
      operands.push(`actual:${match[1]}`)
      continue
    }
    if (t === 'Tf') current = font(operands.at(-2)?.slice(1) ?? '')
    else if (t === 'Tj' || t === "'" || t === '"') out.push(decode(operands.at(-1) ?? ''))
    else if (t === 'TJ') {
      const start = operands.lastIndexOf('[')
      out.push(
        operands
          .slice(start + 1)
          .filter((o) => o.startsWith('<') || o.startsWith('('))
          .map(decode)
          .join(''),
      )
    } else if (t === 'BDC') {
      const text = operands.find((o) => o.startsWith('actual:'))
      if (text !== undefined && actual === null) {
        actual = documentText(literalBytes(text.slice('actual:'.length)))
        depth = 0
      } else if (actual !== null) depth++
    } else if (t === 'BMC' && actual !== null) depth++
    else if (t === 'EMC' && actual !== null) {
      if (depth === 0) {
        out.push(actual)
        actual = null
      } else depth--
    } else if (t === 'ET') out.push('\n')
    if (/^[A-Za-z'"*]+$/.test(t) && t !== 'R') operands.length = 0
    else if (!/^[A-Za-z'"*]+$/.test(t)) operands.push(t)
  }
  return out.join('')
}
