// The domain core's public surface for the app, the store and the scripts: what they use, by
// folder, and the types of the result contract. Engine internals (search, allocation, rule
// preparation) stay behind it; tests import them by path. It must not pull zod into the browser
// bundle: the schemas and data checks are in ./validation, used at build time and by scripts and
// tests (the app receives data/ already checked by the build).

// Texts, dates and answers
export { isRealDate, type Lang, type LocalizedText } from './text'
export { berlinDay } from './calendar-day'
export { isAnswered, type AnswerValue, type Answers, type CostMatrix } from './answers/answer'
export { keepValidAnswers, parseAnswers } from './answers/parse-answers'
export { numberProblem, type NumberProblem } from './answers/number-problem'

// Questionnaire and catalogue
export {
  COST_TYPES,
  PHASES,
  type CostType,
  type Phase,
  type QuestionType,
} from './questionnaire/vocabulary'
export type { Question, Questionnaire, Step } from './questionnaire/schema'
export { effectiveAnswers, questionMap, visibleSteps } from './questionnaire/visibility'
export { LEVELS, type Level, type ProgramStatus } from './catalogue/vocabulary'
export type { Catalogue, Program } from './catalogue/schema'
export { termsFor, type MoneyTerms } from './money/terms'
export type { OpenAmount } from './money/open-amounts'
export { projectFacts, type ProjectFacts } from './project-facts'

// Results: verdicts, deadlines, plans (language-free codes)
export {
  recommend,
  recommendVerdicts,
  type ProgramRecommendation,
  type Recommendation,
  type RecommendOptions,
  type Verdicts,
} from './recommend'
export type { CriterionReason, CriterionResult, Outcome, Verdict } from './matching/eligibility'
export { ruledOutFamilies, type RuledOutFamily } from './matching/ruled-out-families'
export type { DeadlineState, DeadlineStatus } from './deadlines/deadline-status'
export { awaitingCall, type AwaitingCall } from './deadlines/awaiting-call'
export { combinationIds, combinationKey } from './combinations/combination-key'
export { markedPlans, type MarkedPlan } from './marked-plans'
export type { PlanProblem } from './combinations/plan-for-key'
export type {
  AmountBasis,
  CombinationResult,
  FinancingPlan,
  PlanAlternative,
  PlanApplication,
  PlanBlock,
  PlanStep,
  PlanWarning,
  StepAction,
} from './combinations/types'

// The codes in words, in one language
export { formatAnswer, formatDate, formatEuro, sumMatrix } from './describe/format'
export { criterionLabel, describeReason, type DescribeContext } from './describe/criterion'
export { describeAction, describeBasis, describeWarning, type PlanText } from './describe/plan'
export { describeRecommendation, type RecommendationText } from './describe/recommendation'
export { exportPhrase } from './describe/export-phrases'
export { describeTimeline, routeName, type TimelineText } from './describe/timeline'

// Exports and share links
export { roadmapEvents, type CalendarEvent } from './export/calendar'
export { plansCsv, resultsCsv } from './export/csv'
export { exportJson } from './export/json-export'
export { encodeShareLink, type EncodeResult } from './share/codec'
export { decodeShareLink, type DecodeResult, type SharedLink } from './share/decode'
export { matchesQuestionnaire, shareFieldsOf } from './share/share-schema'
export { SHARE_SCHEMAS } from './share/versions/index'
