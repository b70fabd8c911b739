// A whole recommendation in words, in one language: what the CLI prints and the JSON export
// carries. The screens render the same codes piece by piece with the functions used here.
import type { CombinationResult } from '../combinations/types'
import type { ProgramRecommendation, Recommendation, Verdicts } from '../recommend'
import type { Lang } from '../text'
import { describeCriterion, type CriterionText, type DescribeContext } from './criterion'
import { describePlan, type PlanText } from './plan'

export interface ProgramRecommendationText extends Omit<
  ProgramRecommendation,
  'name' | 'criteria'
> {
  name: string
  criteria: CriterionText[]
}

export interface VerdictsText extends Omit<Verdicts, 'programs'> {
  lang: Lang
  programs: ProgramRecommendationText[]
}

export interface RecommendationText extends VerdictsText {
  combinations: Omit<CombinationResult, 'plans'> & { plans: PlanText[] }
}

export function describeProgram(
  program: ProgramRecommendation,
  ctx: DescribeContext,
): ProgramRecommendationText {
  return {
    ...program,
    name: program.name[ctx.lang],
    criteria: program.criteria.map((c) => describeCriterion(c, ctx)),
  }
}

export function describeVerdicts(
  verdicts: Verdicts,
  ctx: Omit<DescribeContext, 'formatted'>,
): VerdictsText {
  // One result has one set of answers: each is formatted once for all its criteria.
  const shared = { ...ctx, formatted: new Map<string, string>() }
  return {
    catalogueAsOf: verdicts.catalogueAsOf,
    today: verdicts.today,
    lang: ctx.lang,
    programs: verdicts.programs.map((p) => describeProgram(p, shared)),
  }
}

export function describeRecommendation(
  result: Recommendation,
  ctx: Omit<DescribeContext, 'formatted'>,
): RecommendationText {
  const { plans, ...rest } = result.combinations
  return {
    ...describeVerdicts(result, ctx),
    combinations: { plans: plans.map((p) => describePlan(p, ctx.lang)), ...rest },
  }
}
