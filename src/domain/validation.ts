// The domain's data checks: zod schemas and the parsers that turn data/ into a checked catalogue.
// Build time (the app-data Vite plugin), scripts and tests import this; the browser app does not.
export * from './index'
export * from './text-schema'
export * from './questionnaire/schema'
export * from './questionnaire/parse'
export * from './catalogue/schema'
export * from './catalogue/parse'
export * from './open-data'
export * from './share/share-schema-check'
// The catalogue's own reports, for scripts/catalogue-check.
export * from './catalogue/completeness'
export * from './catalogue/warnings'
export { deadlineStatus } from './deadlines/deadline-status'
export { formatProblem } from './data-error'
