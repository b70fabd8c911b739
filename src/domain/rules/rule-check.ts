import type { Question } from '../questionnaire/schema'
import { ALLOWED_OPERATORS } from './operations'
import { mapped } from '../mapped'

export const MAX_RULE_DEPTH = 32
const FORBIDDEN_PATH_PARTS = new Set(['__proto__', 'constructor', 'prototype'])
const COMPARISONS = new Set(['===', '!=='])

export interface RuleProblem {
  path: string
  message: string
}

/**
 * Walks a JSON Logic rule and reports every structural problem with its path
 * (e.g. `eligibility[2].rule.and[1]`). Catches the json-logic traps that do not throw:
 * two-key objects, unknown variables, literals that match no option.
 */
export function checkRule(
  rule: unknown,
  basePath: string,
  questions: ReadonlyMap<string, Question>,
): RuleProblem[] {
  const problems: RuleProblem[] = []
  walk(rule, basePath, 0, null)
  return problems

  function walk(node: unknown, path: string, depth: number, scope: Question | null): void {
    if (depth > MAX_RULE_DEPTH) {
      problems.push({ path, message: `rule nesting deeper than ${MAX_RULE_DEPTH}` })
      return
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${path}[${i}]`, depth + 1, scope))
      return
    }
    if (node === null || typeof node !== 'object') return
    const keys = Object.keys(node)
    if (keys.length !== 1) {
      problems.push({
        path,
        message: `a rule object must have exactly one key, found ${keys.length} (${keys.join(', ')})`,
      })
      return
    }
    const op = keys[0] as string
    const args: unknown = (node as Record<string, unknown>)[op]
    const here = `${path}.${op}`
    if (!ALLOWED_OPERATORS.has(op)) {
      problems.push({ path: here, message: `operator "${op}" is not allowed` })
      return
    }
    if (op === 'var') {
      checkVar(args, here, scope)
      return
    }
    const list = Array.isArray(args) ? args : [args]
    if (op === 'some' || op === 'all' || op === 'none') {
      const source = questionOf(list[0])
      walk(list[0], `${here}[0]`, depth + 1, scope)
      // Inside the iteration, {"var": ""} is an element of the multi-choice answer.
      walk(list[1], `${here}[1]`, depth + 1, source ?? null)
      return
    }
    checkLiterals(op, list, here, scope)
    list.forEach((child, i) => walk(child, `${here}[${i}]`, depth + 1, scope))
  }

  function checkVar(args: unknown, path: string, scope: Question | null): void {
    const name = Array.isArray(args) ? args[0] : args
    if (typeof name !== 'string') {
      problems.push({ path, message: 'var must name a question id' })
      return
    }
    if (name === '' && scope) return
    const parts = name.split('.')
    if (parts.some((p) => FORBIDDEN_PATH_PARTS.has(p))) {
      problems.push({ path, message: `var path "${name}" reads the prototype` })
      return
    }
    const question = questions.get(parts[0] as string)
    if (!question) {
      problems.push({ path, message: `var reads unknown question "${parts[0]}"` })
      return
    }
    if (parts.length > 1 && question.type !== 'costMatrix') {
      problems.push({ path, message: `var "${name}" reads into a ${question.type} answer` })
    }
  }

  function questionOf(node: unknown): Question | undefined {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined
    const name = (node as Record<string, unknown>).var
    const id = Array.isArray(name) ? name[0] : name
    if (typeof id !== 'string') return undefined
    return questions.get(id)
  }

  function choiceQuestionOf(node: unknown, scope: Question | null): Question | undefined {
    if (isScopeVar(node) && scope) return scope
    const q = questionOf(node)
    return q && (q.type === 'singleChoice' || q.type === 'multiChoice') ? q : undefined
  }

  function checkLiterals(op: string, list: unknown[], path: string, scope: Question | null): void {
    const pairs: Array<[unknown, unknown]> = []
    if (COMPARISONS.has(op)) pairs.push([list[0], list[1]], [list[1], list[0]])
    if (op === 'in' || op === 'fb_overlaps') pairs.push([list[0], list[1]], [list[1], list[0]])
    for (const [maybeVar, maybeLiteral] of pairs) {
      const question = choiceQuestionOf(maybeVar, scope)
      if (!question) continue
      const literals = Array.isArray(maybeLiteral) ? maybeLiteral : [maybeLiteral]
      const allowed = new Set(mapped(question.options ?? [], (o) => o.value))
      for (const literal of literals) {
        if (typeof literal === 'string' && !allowed.has(literal)) {
          problems.push({
            path,
            message: `"${literal}" is not an option of question "${question.id}"`,
          })
        }
      }
    }
  }
}

function isScopeVar(node: unknown): boolean {
  return (
    node !== null &&
    typeof node === 'object' &&
    !Array.isArray(node) &&
    (node as Record<string, unknown>).var === ''
  )
}

/** The question ids a rule reads (first path segment of every `var`, except iteration scope). */
export function readQuestionIds(rule: unknown): string[] {
  const ids = new Set<string>()
  collect(rule)
  return [...ids]

  function collect(node: unknown): void {
    if (Array.isArray(node)) return node.forEach(collect)
    if (node === null || typeof node !== 'object') return
    for (const [op, args] of Object.entries(node)) {
      if (op === 'var') {
        const name = Array.isArray(args) ? args[0] : args
        if (typeof name === 'string' && name !== '') ids.add(name.split('.')[0] as string)
      } else {
        collect(args)
      }
    }
  }
}
