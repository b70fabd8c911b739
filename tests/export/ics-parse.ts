// A tiny RFC 5545 reader for tests: checks line endings and folding, unfolds, and returns the
// events as property maps (name with parameters → value).
export interface IcsEvent {
  [property: string]: string
}

export function parseIcs(text: string): { calendar: Record<string, string>; events: IcsEvent[] } {
  if (!text.endsWith('\r\n')) throw new Error('the file must end with CRLF')
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) {
    if (line.includes('\n')) throw new Error(`bare LF in line ${JSON.stringify(line)}`)
    // RFC 5545 says lines SHOULD stay within 75 octets; `ics` folds at 75 characters, which
    // calendar apps accept, so characters are what this reader holds it to.
    if ([...line].length > 75) throw new Error(`line longer than 75 characters: ${line}`)
  }
  const lines: string[] = []
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1)
    else lines.push(line)
  }
  const calendar: Record<string, string> = {}
  const events: IcsEvent[] = []
  const stack: string[] = []
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon < 1) throw new Error(`not a content line: ${line}`)
    const name = line.slice(0, colon)
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') {
      stack.push(value)
      if (value === 'VEVENT') events.push({})
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} does not close the open component`)
    } else if (stack.at(-1) === 'VEVENT') events[events.length - 1]![name] = value
    else if (stack.at(-1) === 'VCALENDAR') calendar[name] = value
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(', ')}`)
  return { calendar, events }
}

/** Reads a TEXT value: undoes RFC 5545 escaping. */
export function icsText(value: string | undefined): string {
  return (value ?? '').replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1')
}
