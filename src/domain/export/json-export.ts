// The JSON export: everything a consultant needs to rebuild or audit a result elsewhere.
import type { Answers } from '../answers/answer'
import type { PlanText } from '../describe/plan'
import type { RecommendationText } from '../describe/recommendation'

export const EXPORT_FORMAT = 'foerderbaukasten-export/1'

export interface ExportDocument {
  format: typeof EXPORT_FORMAT
  /** When the export was made (passed in: the domain reads no clock). */
  exportedAt: string
  catalogueAsOf: string
  shareLink: string | null
  answers: Answers
  /** In words, in the language of the export. */
  results: RecommendationText
  plans: PlanText[]
}

export function exportDocument(input: Omit<ExportDocument, 'format'>): ExportDocument {
  return { format: EXPORT_FORMAT, ...input }
}

export function exportJson(input: Omit<ExportDocument, 'format'>): string {
  return `${JSON.stringify(exportDocument(input), null, 2)}\n`
}
