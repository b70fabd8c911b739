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
const PHASE_RANK = new Map(PHASES.map((phase, i) => [phase, i]))
/** A phase's place in project order (analysis first), for sorting. */
export const phaseRank = (phase: Phase) => PHASE_RANK.get(phase) ?? -1
