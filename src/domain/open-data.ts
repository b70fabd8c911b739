// The open-data document the build publishes next to the app (catalogue.json), and its JSON
// Schema (catalogue.schema.json), both derived from the same zod schemas that check data/.
import { z } from 'zod'
import { isoDate } from './text-schema'
import { programSchema, type Catalogue } from './catalogue/schema'
import { questionnaireSchema, type Questionnaire } from './questionnaire/schema'

export const OPEN_DATA_SCHEMA_ID = 'catalogue.schema.json'

export const openDataSchema = z
  .object({
    $schema: z.literal(OPEN_DATA_SCHEMA_ID),
    title: z.string(),
    /** "Stand" of the catalogue: the date its programmes were last checked. */
    asOf: isoDate,
    programs: z.array(programSchema),
    questionnaire: questionnaireSchema,
  })
  .strict()

export type OpenDataDocument = z.infer<typeof openDataSchema>

export function openDataDocument(
  catalogue: Catalogue,
  questionnaire: Questionnaire,
): OpenDataDocument {
  return {
    $schema: OPEN_DATA_SCHEMA_ID,
    title: 'Förderbaukasten Quartier – Programmkatalog und Fragebogen',
    asOf: catalogue.asOf,
    programs: catalogue.programs,
    questionnaire,
  }
}

/** JSON Schema (draft 2020-12) of the parsed document, i.e. with every default filled in. */
export function openDataJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(openDataSchema, { io: 'output' }),
    $id: OPEN_DATA_SCHEMA_ID,
    title: 'Förderbaukasten Quartier – open data',
  }
}
