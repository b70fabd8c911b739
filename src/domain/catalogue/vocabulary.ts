// Funder levels, statuses and money forms: plain constants, shared by schemas and runtime code.
export const LEVELS = ['eu', 'bund', 'land', 'kommune', 'sozialversicherung', 'stiftung'] as const
export type Level = (typeof LEVELS)[number]
/** Foundations and lotteries pay private money; every other level counts as public funding. */
export const PUBLIC_LEVELS: readonly Level[] = [
  'eu',
  'bund',
  'land',
  'kommune',
  'sozialversicherung',
]

export const PROGRAM_STATUSES = ['rolling', 'call', 'closed', 'nonMonetary'] as const
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number]

export const MONEY_FORMS = [
  'grant',
  'shareFinancing',
  'fixedSum',
  'deficitFinancing',
  'fullFinancing',
  'loan',
  'voucher',
  'prize',
  'none',
] as const

/** Who may provide a programme's own share (Eigenanteil). */
export const OWN_SHARE_SOURCES = ['applicant', 'partners', 'otherPublic', 'private'] as const
export type OwnShareSource = (typeof OWN_SHARE_SOURCES)[number]

/** How a programme awards its money; certainty for the applicant falls from left to right. */
export const AWARD_KINDS = ['entitlement', 'rolling', 'firstCome', 'competitive'] as const
export type AwardKind = (typeof AWARD_KINDS)[number]

/**
 * Units a programme pays per. Each but `other` is counted by a question (see money/units.ts);
 * `other` (a fountain, a gauge) is shown on the programme card but never computed.
 */
export const UNITS = [
  'year',
  'founder',
  'dayCarePlace',
  'shortTermCarePlace',
  'supportGroup',
  'fullTimePost',
  'other',
] as const
export type Unit = (typeof UNITS)[number]
