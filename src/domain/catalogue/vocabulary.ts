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
