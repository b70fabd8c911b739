import type { z } from 'zod'

export interface DataProblem {
  /** The file the problem is in, relative to the project (e.g. data/programs/x.json). */
  file: string
  /** The programme or question id, when known. */
  id?: string
  /** Where in the record, e.g. `eligibility[0].rule.and[1]`. */
  path: string
  message: string
}

export function formatProblem(p: DataProblem): string {
  const where = p.id ? `${p.file} (${p.id})` : p.file
  return `${where}: ${p.path || '(root)'}: ${p.message}`
}

/** Thrown when data/ is broken; its message lists every problem, one per line. */
export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'DataError'
  }
}

export function zodPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')
}

export function zodProblems(error: z.ZodError, file: string, id?: string): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(id ? { id } : {}),
    path: zodPath(issue.path),
    message: issue.message,
  }))
}
