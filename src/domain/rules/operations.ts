import jsonLogic from 'json-logic-js'

/**
 * Operators a catalogue rule may use. `==`/`!=` coerce types and `log` has a side effect,
 * so they stay out (toolchain.md §4).
 */
export const ALLOWED_OPERATORS = new Set([
  'and',
  'or',
  '!',
  '!!',
  'if',
  '===',
  '!==',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'var',
  'missing',
  'some',
  'all',
  'none',
  '+',
  '-',
  '*',
  'fb_overlaps',
])

/** Operators whose operands are joined with Kleene logic, so one open input need not open the whole rule. */
export const CONNECTIVES = new Set(['and', 'or', '!', '!!'])

// json-logic's operation table is a module-level singleton: register ours exactly once,
// under a prefix that cannot shadow a built-in.
let registered = false
export function registerOperations(): void {
  if (registered) return
  registered = true
  jsonLogic.add_operation('fb_overlaps', (a: unknown, b: unknown) => {
    if (!Array.isArray(a) || !Array.isArray(b)) return false
    return a.some((item) => b.includes(item))
  })
}

export function applyRule(rule: unknown, data: Record<string, unknown>): unknown {
  registerOperations()
  return jsonLogic.apply(rule as jsonLogic.RulesLogic, data)
}

export function isTruthy(value: unknown): boolean {
  registerOperations()
  return jsonLogic.truthy(value)
}
