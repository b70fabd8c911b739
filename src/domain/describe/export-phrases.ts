import type { Lang } from '../text'
import { fillTemplate } from './template'

// Column heads and calendar texts of the export files; the files leave the app, so they carry
// their own words instead of the UI's i18n.
export const EXPORT_PHRASES = {
  expected: { de: 'voraussichtlich', en: 'expected' },
  openUntil: { de: 'Antragsfenster endet', en: 'Application window closes' },
  before: { de: 'Bewilligt vor diesem Tag', en: 'Approved before this day' },
  openUntilNote: {
    de: 'Das Programm entscheidet über Anträge, wie sie eingehen: Der Antrag ist jederzeit bis zu diesem Tag möglich, am besten früh.',
    en: 'The programme decides on applications as they arrive: apply any time until this day, preferably early.',
  },
  expectedNote: {
    de: 'Termin voraussichtlich: aus dem Rhythmus früherer Runden berechnet, noch nicht angekündigt. Bitte vor der Planung beim Fördergeber prüfen.',
    en: 'Expected date: projected from earlier rounds, not yet announced. Check with the funder before planning.',
  },
  opensNote: {
    de: 'Das Antragsfenster öffnet voraussichtlich am {{date}}; ab dann kann der Antrag gestellt werden.',
    en: 'The application window is expected to open on {{date}}; the application can be filed from then.',
  },
  programme: { de: 'Programm', en: 'Programme' },
  action: { de: 'Schritt', en: 'Step' },
  source: { de: 'Quelle', en: 'Source' },
  asOf: { de: 'Stand', en: 'As of' },
  calendarName: { de: 'Förderbaukasten: Fristen', en: 'Förderbaukasten: deadlines' },
} as const satisfies Record<string, Record<Lang, string>>

export function exportPhrase(
  key: keyof typeof EXPORT_PHRASES,
  lang: Lang,
  vars: Record<string, string> = {},
): string {
  return fillTemplate(EXPORT_PHRASES[key][lang], vars)
}

// The CSV files' column heads, in the order of their columns.
export const CSV_HEADS = {
  results: {
    de: [
      'Programm-ID',
      'Programm',
      'Ebene',
      'Status',
      'Ergebnis',
      'Offene Fragen',
      'Fristart',
      'Antrag bis (Fahrplan)',
      'Frist voraussichtlich',
      'Geprüft am',
    ],
    en: [
      'Programme id',
      'Programme',
      'Level',
      'Status',
      'Verdict',
      'Open questions',
      'Deadline state',
      'Apply by (roadmap)',
      'Deadline expected',
      'Checked on',
    ],
  },
  plans: {
    de: [
      'Kombination',
      'Programme',
      'Gesamtkosten',
      'Förderung gesamt',
      'Eigenanteil',
      'Eigenanteil %',
      'Programm-ID',
      'Programm',
      'Antragsteller',
      'Betrag',
      'Ergebnis',
      'Antrag bis (Fahrplan)',
      'Frist voraussichtlich',
    ],
    en: [
      'Combination',
      'Programmes',
      'Total costs',
      'Total funding',
      'Own share',
      'Own share %',
      'Programme id',
      'Programme',
      'Applicant',
      'Amount',
      'Verdict',
      'Apply by (roadmap)',
      'Deadline expected',
    ],
  },
} as const satisfies Record<string, Record<Lang, readonly string[]>>
