// The domain core's runtime surface for the app, the store and scripts. It must not pull zod into
// the browser bundle: the schemas and data checks are in ./validation, used at build time and by
// scripts and tests (the app receives data/ already checked by the build). Types defined in a
// schema file are re-exported here by name.
export * from './text'
export * from './calendar-day'
export * from './data-error'
export * from './answers/answer'
export * from './answers/parse-answers'
export * from './questionnaire/vocabulary'
export type { QuestionOption, Question, Step, Questionnaire } from './questionnaire/schema'
export * from './questionnaire/visibility'
export * from './catalogue/vocabulary'
export type {
  Program,
  ProgramInput,
  Criterion,
  Requirement,
  Money,
  Catalogue,
} from './catalogue/schema'
export * from './rules/evaluate'
export * from './rules/rule-check'
export * from './rules/operations'
export * from './deadlines/deadline-status'
export * from './matching/eligibility'
export * from './matching/ruled-out-families'
export * from './recommend'
export * from './combinations/types'
export { termsFor, type MoneyTerms, type PartTerms, type PerUnitTerms } from './money/terms'
export { type OpenAmount } from './money/open-amounts'
export * from './catalogue/completeness'
export * from './catalogue/warnings'
export * from './combinations/candidates'
export * from './combinations/allocate'
export * from './combinations/search'
export * from './combinations/combine'
export * from './combinations/combination-key'
export * from './combinations/plan'
export * from './share/index'
export * from './export/index'
export * from './describe/format'
export * from './describe/criterion'
export * from './describe/plan'
export * from './describe/recommendation'
export { exportPhrase } from './describe/export-phrases'
