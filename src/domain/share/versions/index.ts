// Every share schema ever published, oldest first. Never edit a published file: add the next
// one with `npm run share-schema` when data/questionnaire.json changes (a test says when).
import { frozenTable, type ShareSchema } from '../share-schema'
import v1 from './v1.json'
import v2 from './v2.json'

export const SHARE_SCHEMAS: readonly ShareSchema[] = [v1, v2].map(frozenTable)

export const CURRENT_SHARE_SCHEMA: ShareSchema = SHARE_SCHEMAS[SHARE_SCHEMAS.length - 1]!
