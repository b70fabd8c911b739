// Fills a phrase's {{name}} placeholders; an unknown name stays empty. Shared by the plan's
// phrases and the export files' texts.

// Each template split once at its placeholders: [text, name, text, name, …, text].
const PARTS = new Map<string, string[]>()

export function fillTemplate(template: string, vars: Record<string, string>): string {
  let parts = PARTS.get(template)
  if (!parts) {
    parts = template.split(/\{\{(\w+)\}\}/)
    PARTS.set(template, parts)
  }
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) out += (vars[parts[i]!] ?? '') + parts[i + 1]!
  return out
}
