// Programmes are referred to by a short hash of their id, not by a position in the catalogue:
// adding programmes never shifts them, and closed ones stay in the catalogue as history.
export const PROGRAM_REF_BITS = 20

/** FNV-1a (32 bit) of the id, cut to PROGRAM_REF_BITS. */
export function programRef(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 2 ** PROGRAM_REF_BITS
}

/** Maps refs back to ids; a ref shared by two ids is left out, so it reads as unknown. */
export function programRefTable(ids: readonly string[]): Map<number, string> {
  const table = new Map<number, string>()
  const clashes = new Set<number>()
  for (const id of ids) {
    const ref = programRef(id)
    if (table.has(ref) && table.get(ref) !== id) clashes.add(ref)
    table.set(ref, id)
  }
  for (const ref of clashes) table.delete(ref)
  return table
}
