// Brings answers read with an older share schema up to the current questionnaire: renames
// recorded in later schemas are applied in order; whatever no longer fits is dropped and named.
import type { AnswerValue, Answers } from '../answers/answer'
import type { ShareSchema } from './share-schema'

export function applyRenames(
  answers: Answers,
  fromVersion: number,
  schemas: readonly ShareSchema[],
): Answers {
  let current = answers
  for (const schema of schemas) {
    if (schema.version <= fromVersion || !schema.renames) continue
    const { questions, options } = schema.renames
    const next: Answers = {}
    for (const [id, value] of Object.entries(current)) {
      const newId = questions[id] ?? id
      next[newId] = renameOptions(value, options[newId] ?? options[id] ?? {})
    }
    current = next
  }
  return current
}

function renameOptions(value: AnswerValue, map: Record<string, string>): AnswerValue {
  if (typeof value === 'string') return map[value] ?? value
  if (Array.isArray(value)) return value.map((v) => map[v] ?? v)
  return value
}
