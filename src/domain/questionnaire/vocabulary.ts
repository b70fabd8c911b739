// Question types, cost types and phases: plain constants, shared by schemas and runtime code.
export const QUESTION_TYPES = [
  'singleChoice',
  'multiChoice',
  'integer',
  'amount',
  'boolean',
  'date',
  'costMatrix',
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

/** Cost types and phases span the cost matrix and are shared with the programme schema. */
export const COST_TYPES = [
  'personnel',
  'material',
  'advice',
  'qualification',
  'investment',
] as const
export type CostType = (typeof COST_TYPES)[number]
export const PHASES = ['analysis', 'concept', 'implementation', 'consolidation'] as const
export type Phase = (typeof PHASES)[number]
