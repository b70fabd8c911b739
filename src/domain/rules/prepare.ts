// Rules are data that stays the same across calls while the answers change on every keystroke.
// Each rule object is prepared once — the Kleene tree of its connectives, the question ids each
// leaf reads, and a plain function for the simple leaves — and kept in a WeakMap keyed by the
// rule object, so the cache goes with the catalogue and evaluation stays pure. Rule objects are
// treated as immutable. Leaves outside the simple forms are still handed to json-logic.
import { isAnswered, type Answers } from '../answers/answer'
import type { Truth } from './truth'
import { applyRule, CONNECTIVES, isTruthy } from './operations'
import { readQuestionIds } from './rule-check'
import { mapped } from '../mapped'

export type PreparedRule =
  | { kind: 'and' | 'or' | 'not' | 'same'; args: PreparedRule[]; reads: readonly string[] }
  | { kind: 'leaf'; rule: unknown; reads: readonly string[]; test: Test | null }

type Test = (answers: Answers) => boolean
type Operand = (answers: Answers) => unknown

const prepared = new WeakMap<object, PreparedRule>()

export function prepareRule(rule: unknown): PreparedRule {
  if (rule === null || typeof rule !== 'object') return build(rule)
  let done = prepared.get(rule)
  if (done === undefined) {
    done = build(rule)
    prepared.set(rule, done)
  }
  return done
}

/** The question ids a rule reads, computed once per rule object (do not mutate the result). */
export function readsOf(rule: unknown): readonly string[] {
  return prepareRule(rule).reads
}

function build(rule: unknown): PreparedRule {
  if (rule !== null && typeof rule === 'object' && !Array.isArray(rule)) {
    const [op] = Object.keys(rule)
    if (op !== undefined && CONNECTIVES.has(op)) {
      const raw = (rule as Record<string, unknown>)[op]
      const args = mapped(Array.isArray(raw) ? raw : [raw], prepareRule)
      const kind = op === 'and' ? 'and' : op === 'or' ? 'or' : op === '!' ? 'not' : 'same'
      return { kind, args, reads: readQuestionIds(rule) }
    }
  }
  return { kind: 'leaf', rule, reads: readQuestionIds(rule), test: compileLeaf(rule) }
}

/** json-logic's own operator bodies (json-logic-js 2.0.5) for the operators compiled here. */
const BINARY: Record<string, (a: unknown, b: unknown) => boolean> = {
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  in: (a, b) => {
    if (!b || typeof (b as { indexOf?: unknown }).indexOf === 'undefined') return false
    return (b as unknown[]).indexOf(a) !== -1
  },
  fb_overlaps: (a, b) => Array.isArray(a) && Array.isArray(b) && a.some((x) => b.includes(x)),
}
const CHAIN: Record<string, (a: unknown, b: unknown) => boolean> = {
  '<': (a, b) => (a as number) < (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
}

/** A function equal to json-logic on this leaf, or null when the leaf is not a simple form. */
function compileLeaf(rule: unknown): Test | null {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return null
  const keys = Object.keys(rule)
  if (keys.length !== 1) return null
  const op = keys[0]!
  const raw = (rule as Record<string, unknown>)[op]
  const operands = mapped(Array.isArray(raw) ? raw : [raw], compileOperand)
  if (operands.some((o) => o === null)) return null
  const [a, b, c] = operands as Operand[]
  const binary = BINARY[op]
  if (binary && operands.length === 2) return (ans) => binary(a!(ans), b!(ans))
  const chain = CHAIN[op]
  if (chain && operands.length === 2) return (ans) => chain(a!(ans), b!(ans))
  if (chain && operands.length === 3)
    return (ans) => {
      const mid = b!(ans)
      return chain(a!(ans), mid) && chain(mid, c!(ans))
    }
  return null
}

const isPrimitive = (v: unknown) =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

function compileOperand(node: unknown): Operand | null {
  if (isPrimitive(node)) return () => node
  // json-logic evaluates an array operand element by element; literals stay what they are.
  if (Array.isArray(node)) return node.every(isPrimitive) ? () => node : null
  if (node === null || typeof node !== 'object') return null
  const keys = Object.keys(node)
  if (keys.length !== 1 || keys[0] !== 'var') return null
  const name = (node as { var: unknown }).var
  if (typeof name !== 'string' || name === '') return null
  const path = name.split('.')
  // json-logic's `var`: walk the path; a missing step gives null.
  return (answers) => {
    let data: unknown = answers
    for (const part of path) {
      if (data === null || data === undefined) return null
      data = (data as Record<string, unknown>)[part]
      if (data === undefined) return null
    }
    return data
  }
}

/**
 * Kleene logic exactly as `evaluateTruth` defines it. Every operand is evaluated, as before the
 * preparation, so a rule that throws still throws rather than being skipped.
 */
export function evaluatePrepared(node: PreparedRule, answers: Answers): Truth {
  if (node.kind === 'leaf') {
    for (const id of node.reads) if (!isAnswered(answers, id)) return 'open'
    return node.test ? node.test(answers) : isTruthy(applyRule(node.rule, answers))
  }
  let first: Truth = 'open'
  let anyTrue = false
  let anyFalse = false
  let anyOpen = false
  for (let i = 0; i < node.args.length; i++) {
    const value = evaluatePrepared(node.args[i]!, answers)
    if (i === 0) first = value
    if (value === 'open') anyOpen = true
    else if (value) anyTrue = true
    else anyFalse = true
  }
  switch (node.kind) {
    case 'and':
      return anyFalse ? false : anyOpen ? 'open' : true
    case 'or':
      return anyTrue ? true : anyOpen ? 'open' : false
    case 'not':
      return first === 'open' ? 'open' : !first
    case 'same':
      return first
  }
}
