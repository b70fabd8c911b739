import type { Verdicts } from '../recommend'

export interface AwaitingCall {
  programId: string
  /** The closing day of its last known call (ISO date). */
  last: string
  /** True while a question decides whether it fits. */
  open: boolean
}

/**
 * Programmes that fit the answers but are dormant: no call on record since their last one. They
 * are in no plan, yet a council should know what to watch for, so they are named beside the
 * plans, in the order of the results.
 */
export function awaitingCall(verdicts: Pick<Verdicts, 'programs'>): AwaitingCall[] {
  return verdicts.programs.flatMap((p) =>
    p.verdict !== 'ineligible' && p.deadline.state === 'dormant' && p.deadline.last
      ? [{ programId: p.id, last: p.deadline.last, open: p.verdict === 'open' }]
      : [],
  )
}
