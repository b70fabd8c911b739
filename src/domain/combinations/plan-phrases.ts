import type { Lang } from '../text'

// The generic sentences of a financing plan; programme names and prerequisites come from data/.
export const PLAN_PHRASES = {
  apply: { de: 'Antrag stellen: {{name}}', en: 'Apply: {{name}}' },
  useOffer: { de: 'Angebot nutzen: {{name}}', en: 'Use the offer: {{name}}' },
  noEarlyStart: {
    de: 'Mit dem Vorhaben erst beginnen, wenn die Bewilligung vorliegt – ein vorzeitiger Beginn kann die Förderung kosten.',
    en: 'Do not start the project before the funding is approved – an early start can cost the grant.',
  },
  deadlinePassed: {
    de: '{{name}}: Die letzte bekannte Antragsfrist ist verstrichen, eine neue Runde ist nicht angekündigt.',
    en: '{{name}}: the last known deadline has passed and no new round is announced.',
  },
  startBeforeDeadline: {
    de: '{{name}}: Der geplante Beginn ({{start}}) liegt vor der nächsten Antragsfrist ({{date}}); vor der Bewilligung darf das Vorhaben nicht beginnen.',
    en: '{{name}}: the planned start ({{start}}) lies before the next deadline ({{date}}); the project must not start before approval.',
  },
  staleData: {
    de: '{{name}}: Die Programmdaten wurden zuletzt am {{date}} geprüft, vor mehr als zwölf Monaten.',
    en: '{{name}}: the programme data was last checked on {{date}}, more than twelve months ago.',
  },
  openCriteria: {
    de: '{{name}}: Noch offen – es fehlen die Angaben: {{list}}.',
    en: '{{name}}: still open – missing answers: {{list}}.',
  },
  ownFundsShort: {
    de: 'Die angegebenen Eigenmittel ({{own}}) decken den Eigenanteil von {{need}} nicht.',
    en: 'The own funds given ({{own}}) do not cover the own share of {{need}}.',
  },
  subsidiary: {
    de: '{{name}} fördert nachrangig: nur was öffentliche Mittel offenlassen.',
    en: '{{name}} is subsidiary: it funds only what public money leaves.',
  },
  rateUnknown: {
    de: '{{name}}: Ein Fördersatz ist nicht veröffentlicht; angesetzt ist nur der Höchstbetrag, begrenzt durch die förderfähigen Kosten.',
    en: '{{name}}: no funding rate is published; the plan uses only the maximum, limited by the eligible costs.',
  },
} as const satisfies Record<string, Record<Lang, string>>

export type PlanPhrase = keyof typeof PLAN_PHRASES

// Each phrase split once at its placeholders: [text, name, text, name, …, text].
const PARTS = new Map<string, string[]>()

export function planPhrase(key: PlanPhrase, lang: Lang, vars: Record<string, string> = {}): string {
  const template = PLAN_PHRASES[key][lang]
  let parts = PARTS.get(template)
  if (!parts) {
    parts = template.split(/\{\{(\w+)\}\}/)
    PARTS.set(template, parts)
  }
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) out += (vars[parts[i]!] ?? '') + parts[i + 1]!
  return out
}
