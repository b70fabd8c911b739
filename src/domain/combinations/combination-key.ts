// The one spelling of a combination as text: its programme ids, sorted, joined by "+". Plans,
// marks in the store, share links and calendar ids all name a combination this way.

const SEPARATOR = '+'

export function combinationKey(programIds: readonly string[]): string {
  return [...programIds].sort().join(SEPARATOR)
}

/** The programme ids a key names (programme ids never contain "+"). */
export function combinationIds(key: string): string[] {
  return key.split(SEPARATOR)
}
