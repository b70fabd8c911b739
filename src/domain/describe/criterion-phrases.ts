import type { Lang } from '../text'

// The few generic sentences about criteria the domain adds itself; programme and question texts
// live in data/.
export const CRITERION_PHRASES = {
  open: {
    de: 'Noch offen – es fehlt die Angabe: {{list}}',
    en: 'Still open – missing answer: {{list}}',
  },
  closed: {
    de: 'Das Programm ist abgeschlossen und wird nur zur Information gezeigt.',
    en: 'The programme has ended and is shown for reference only.',
  },
  closedLabel: { de: 'Programm läuft', en: 'Programme running' },
  ruleError: {
    de: 'Die Regel konnte nicht ausgewertet werden.',
    en: 'The rule could not be evaluated.',
  },
} as const satisfies Record<string, Record<Lang, string>>

export function criterionPhrase(
  key: keyof typeof CRITERION_PHRASES,
  lang: Lang,
  list = '',
): string {
  return CRITERION_PHRASES[key][lang].replace('{{list}}', list)
}
