// A financing plan in words: its warnings, roadmap actions and the rule behind each amount.
import type {
  AmountBasis,
  FinancingPlan,
  PerUnitBasis,
  PlanAlternative,
  PlanApplication,
  PlanStep,
  PlanWarning,
  StepAction,
} from '../combinations/types'
import type { Lang } from '../text'
import { formatDate, formatEuro } from './format'
import { planPhrase, type PlanPhrase } from './plan-phrases'

export function describeWarning(warning: PlanWarning, lang: Lang): string {
  switch (warning.kind) {
    case 'noEarlyStart':
      return planPhrase('noEarlyStart', lang)
    case 'ownFundsShort':
      return planPhrase('ownFundsShort', lang, {
        own: formatEuro(warning.own, lang),
        need: formatEuro(warning.need, lang),
      })
    case 'startBeforeDeadline':
    case 'lastWindowBeforeStart':
      return planPhrase(warning.opens ? 'startBeforeDeadlineOpens' : warning.kind, lang, {
        name: warning.name[lang],
        start: formatDate(warning.start, lang),
        date: formatDate(warning.date, lang),
        opens: warning.opens ? formatDate(warning.opens, lang) : '',
      })
    case 'roundSoon': {
      // A projected date says so: it is the rhythm's, not an announced deadline.
      const dated = (iso: string, expected: boolean) =>
        expected
          ? planPhrase('expectedDate', lang, { date: formatDate(iso, lang) })
          : formatDate(iso, lang)
      const date = dated(warning.date, warning.expected)
      if (warning.after === null)
        return planPhrase('roundSoonNoneAfter', lang, { name: warning.name[lang], date })
      return planPhrase('roundSoon', lang, {
        name: warning.name[lang],
        date,
        after: dated(warning.after, warning.afterExpected),
      })
    }
    case 'programmeYear':
      return planPhrase('programmeYear', lang, {
        name: warning.name[lang],
        date: formatDate(warning.date, lang),
        year: String(warning.year),
        start: formatDate(warning.start, lang),
      })
    case 'endsBeforeProject':
      return planPhrase('endsBeforeProject', lang, {
        name: warning.name[lang],
        months: String(warning.months),
        years: String(warning.years),
      })
    case 'rateUnknown':
      return planPhrase(warning.full ? 'rateUnknownFull' : 'rateUnknown', lang, {
        name: warning.name[lang],
      })
    case 'staleData':
      return planPhrase('staleData', lang, {
        name: warning.name[lang],
        date: formatDate(warning.checked, lang),
      })
    case 'openCriteria':
      return planPhrase('openCriteria', lang, {
        name: warning.name[lang],
        list: warning.questions.join(', '),
      })
    case 'ownShareFromGrants':
      return planPhrase('ownShareFromGrants', lang, {
        name: warning.name[lang],
        percent: String(warning.percent),
        others: warning.others.map((o) => o[lang]).join(', '),
      })
    case 'cumulationUnconfirmed':
      return planPhrase('cumulationUnconfirmed', lang, {
        name: warning.name[lang],
        others: warning.others.map((o) => o[lang]).join(', '),
      })
    case 'baseOutsideCatalogue':
      return planPhrase('baseOutsideCatalogue', lang, {
        name: warning.name[lang],
        base: warning.base[lang],
      })
    default:
      return planPhrase(warning.kind, lang, { name: warning.name[lang] })
  }
}

/** What a roadmap step asks to do, e.g. "Antrag stellen: Quartiersimpulse". */
export function describeAction(action: StepAction, lang: Lang): string {
  if (action.code === 'applyBase') return planPhrase('applyBase', lang, { base: action.base[lang] })
  if (action.code === 'applyAgain')
    return planPhrase('applyAgain', lang, { name: action.name[lang], year: String(action.year) })
  return planPhrase(action.code, lang, { name: action.name[lang] })
}

function perUnitText(rules: readonly PerUnitBasis[], lang: Lang): string {
  return rules
    .map((r) => {
      const counts = r.counts.map((c) => String(c ?? '?')).join(' × ')
      return `${formatEuro(r.amount, lang)} ${r.label[lang]} × ${counts}`
    })
    .join(' + ')
}

/** The rule that sets one part's amount, e.g. "33 % von 60.000 € (Bau)". */
export function describeBasis(basis: AmountBasis, lang: Lang): string {
  const { ratePercent, limit, cap } = basis
  const vars: Record<string, string> = {
    part: basis.partLabel?.[lang] ?? planPhrase('wholeProgramme', lang),
    rate: ratePercent === null ? '?' : String(ratePercent),
    costs: formatEuro(basis.costs, lang),
    cap: cap === null ? '' : formatEuro(cap, lang),
    share: String(basis.shareOfTotalPercent ?? ''),
    publicCap: formatEuro(basis.publicCap, lang),
    fundedShare: String(basis.fundedCostsPercent ?? ''),
    rule: perUnitText(basis.perUnit, lang),
  }
  const key: PlanPhrase =
    ratePercent === null && limit === 'rate'
      ? 'basisCosts'
      : ratePercent === null && limit === 'max'
        ? 'basisMaxNoRate'
        : `basis_${limit}`
  return planPhrase(key, lang, vars)
}

/** An amount basis as the CLI and the exports print it. */
export interface AmountBasisText {
  part: string
  amount: number
  costs: number
  ratePercent: number | null
  limit: AmountBasis['limit']
  cap: number | null
  text: string
}

export interface PlanApplicationText extends Omit<
  PlanApplication,
  'name' | 'prerequisites' | 'basis'
> {
  name: string
  prerequisites: string[]
  basis: AmountBasisText[]
}
export interface PlanStepText extends Omit<PlanStep, 'action'> {
  action: string
}
export interface PlanWarningText {
  kind: PlanWarning['kind']
  programId?: string
  message: string
}
export interface PlanAlternativeText extends Omit<PlanAlternative, 'name'> {
  name: string
}

/**
 * A plan with every code in words: what the CLI prints and the exports carry. Without the key
 * and the blocks: the printed plan names its programmes and allocations, as it always has.
 */
export interface PlanText extends Omit<
  FinancingPlan,
  'key' | 'blocks' | 'applications' | 'steps' | 'warnings' | 'alternatives'
> {
  applications: PlanApplicationText[]
  steps: PlanStepText[]
  warnings: PlanWarningText[]
  alternatives?: PlanAlternativeText[]
}

export function describePlan(plan: FinancingPlan, lang: Lang): PlanText {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out, see PlanText
  const { key, blocks, alternatives, ...rest } = plan
  return {
    ...rest,
    applications: plan.applications.map((a) => ({
      ...a,
      name: a.name[lang],
      prerequisites: a.prerequisites.map((p) => p[lang]),
      basis: a.basis.map((b) => ({
        part: b.part,
        amount: b.amount,
        costs: b.costs,
        ratePercent: b.ratePercent,
        limit: b.limit,
        cap: b.cap,
        text: describeBasis(b, lang),
      })),
    })),
    steps: plan.steps.map((s) => ({ ...s, action: describeAction(s.action, lang) })),
    warnings: plan.warnings.map((w) => ({
      kind: w.kind,
      ...(w.programId === undefined ? {} : { programId: w.programId }),
      message: describeWarning(w, lang),
    })),
    ...(alternatives
      ? { alternatives: alternatives.map((a) => ({ ...a, name: a.name[lang] })) }
      : {}),
  }
}
