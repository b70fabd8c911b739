import type { Lang } from '../text'
import { fillTemplate } from './template'

// The generic sentences of a financing plan; programme names and prerequisites come from data/.
export const PLAN_PHRASES = {
  apply: { de: 'Antrag stellen: {{name}}', en: 'Apply: {{name}}' },
  useOffer: { de: 'Angebot nutzen: {{name}}', en: 'Use the offer: {{name}}' },
  applyAgain: {
    de: 'Folgeantrag stellen: {{name}} (für das {{year}}. Projektjahr)',
    en: 'Apply again: {{name}} (for project year {{year}})',
  },
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
  startBeforeDeadlineOpens: {
    de: '{{name}}: Die nächste Frist ({{date}}) liegt nach dem geplanten Beginn ({{start}}), das Antragsfenster öffnet aber am {{opens}}. Den Antrag dann früh stellen: Vor der Bewilligung darf das Vorhaben nicht beginnen.',
    en: '{{name}}: the next deadline ({{date}}) lies after the planned start ({{start}}), but the application window opens on {{opens}}. Apply early then: the project must not start before approval.',
  },
  lastWindowBeforeStart: {
    de: '{{name}}: Das letzte bekannte Antragsfenster endet am {{date}}, vor dem geplanten Beginn ({{start}}), und ein weiterer Aufruf ist nicht bekannt. Der Antrag und alles, was er voraussetzt, muss bis dahin vorliegen, sonst entfällt dieser Betrag.',
    en: '{{name}}: the last known application window closes on {{date}}, before the planned start ({{start}}), and no further call is known. The application and everything it requires must be in by then, or this amount is lost.',
  },
  roundSoon: {
    de: '{{name}}: Die Antragsfrist ({{date}}) ist weniger als fünf Wochen entfernt – knapp für einen Antrag mit allem, was er voraussetzt (etwa einem Ratsbeschluss). Wird sie verpasst, bleibt die nächste Runde ({{after}}), und der Beginn verschiebt sich.',
    en: '{{name}}: the deadline ({{date}}) is less than five weeks away – tight for an application with everything it requires (such as a council resolution). If it is missed, the next round remains ({{after}}), and the start moves.',
  },
  programmeYear: {
    de: '{{name}}: Anträge bis {{date}} gelten für das Programmjahr {{year}}; Mittel daraus gibt es erst in diesem Jahr. Der geplante Beginn ({{start}}) liegt davor: Was daraus gefördert werden soll, erst {{year}} und nach der Bewilligung beginnen.',
    en: '{{name}}: applications by {{date}} are for the programme year {{year}}; its money comes only in that year. The planned start ({{start}}) lies before it: begin what it is to fund only in {{year}}, once approved.',
  },
  roundSoonNoneAfter: {
    de: '{{name}}: Die Antragsfrist ({{date}}) ist weniger als fünf Wochen entfernt – knapp für einen Antrag mit allem, was er voraussetzt (etwa einem Ratsbeschluss). Eine spätere Runde ist nicht bekannt.',
    en: '{{name}}: the deadline ({{date}}) is less than five weeks away – tight for an application with everything it requires (such as a council resolution). No later round is known.',
  },
  expectedDate: { de: '{{date}}, erwartet', en: '{{date}}, expected' },
  endsBeforeProject: {
    de: '{{name}} fördert höchstens {{months}} Monate, das Vorhaben läuft {{years}} Jahre. Im Plan trägt {{name}} auch Kosten der letzten Projektphase; was davon nach dem Förderzeitraum anfällt, ist nicht förderfähig. Die Kosten je Jahr sind nicht erfasst: vor dem Antrag die Kosten im Förderzeitraum beziffern – der Betrag kann sinken.',
    en: '{{name}} funds at most {{months}} months, the project runs {{years}} years. In the plan, {{name}} also pays costs of the last project phase; what of them falls after its funding period is not eligible. Costs per year are not recorded: work out the costs within the funding period before applying – the amount may fall.',
  },
  rateUnknownFull: {
    de: '{{name}}: Ein Fördersatz ist nicht veröffentlicht; angesetzt ist nur der Höchstbetrag, begrenzt durch die förderfähigen Kosten. Damit bleibt auf den Kosten, die {{name}} im Plan trägt, kein Eigenanteil. Ob das Programm einen verlangt und wie hoch, ist nicht veröffentlicht – Eigenmittel vorsorglich einplanen und vor dem Antrag klären.',
    en: '{{name}}: no funding rate is published; the plan uses only the maximum, limited by the eligible costs. That leaves no own share on the costs {{name}} pays in the plan. Whether the programme requires one, and how much, is not published – budget own funds as a precaution and ask before applying.',
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
  baseOutsideCatalogue: {
    de: '{{name}} stockt eine andere Förderung auf, die nicht im Katalog steht: zuerst {{base}} beantragen, {{name}} erst nach deren Bewilligung.',
    en: '{{name}} tops up another grant that is not in the catalogue: apply for {{base}} first, and for {{name}} only once it is approved.',
  },
  ownShareFromGrants: {
    de: '{{name}} verlangt einen Eigenanteil von mindestens {{percent}} %; im Plan tragen ihn auf denselben Kosten andere Förderungen ({{others}}). Dass das Programm Fördermittel als Eigenanteil anerkennt, ist nicht belegt – vor dem Antrag beim Fördergeber klären.',
    en: '{{name}} requires an own share of at least {{percent}} %; in the plan, other grants ({{others}}) carry it on the same costs. That the programme accepts grants as own share is not on record – check with the funder before applying.',
  },
  cumulationUnconfirmed: {
    de: '{{name}} neben {{others}}: Dass diese Förderungen zusammen gewährt werden, ist nicht bestätigt – vor dem Antrag beim Fördergeber klären.',
    en: '{{name}} beside {{others}}: that these grants may be combined is not confirmed – check with the funder before applying.',
  },
  applyBase: {
    de: 'Zuerst beantragen (nicht im Katalog): {{base}}',
    en: 'Apply first (not in the catalogue): {{base}}',
  },
  // Verstetigung: the municipal budget is always a route of its own (issue 12).
  routeAfter: {
    de: '{{name}} (nach der Förderung durch {{after}} in diesem Plan)',
    en: '{{name}} (after the funding by {{after}} in this plan)',
  },
  municipalBudget: {
    de: 'Kommunalhaushalt (Regelfinanzierung durch die Kommune)',
    en: 'Municipal budget (regular funding by the municipality)',
  },
  wholeProgramme: { de: 'förderfähige Kosten', en: 'eligible costs' },
  basis_rate: {
    de: '{{rate}} % von {{costs}} ({{part}})',
    en: '{{rate}} % of {{costs}} ({{part}})',
  },
  basisCosts: {
    de: 'bis zu den förderfähigen Kosten von {{costs}} ({{part}}; Fördersatz nicht veröffentlicht)',
    en: 'up to the eligible costs of {{costs}} ({{part}}; no published rate)',
  },
  basis_max: {
    de: 'Höchstbetrag {{cap}} ({{part}}; {{rate}} % von {{costs}} wären mehr)',
    en: 'maximum {{cap}} ({{part}}; {{rate}} % of {{costs}} would be more)',
  },
  basisMaxNoRate: {
    de: 'Höchstbetrag {{cap}} ({{part}}; Fördersatz nicht veröffentlicht)',
    en: 'maximum {{cap}} ({{part}}; no published rate)',
  },
  basis_perUnit: { de: '{{rule}} ({{part}})', en: '{{rule}} ({{part}})' },
  basis_shareOfTotal: {
    de: 'förderfähig höchstens {{share}} % der Gesamtkosten, davon {{rate}} % ({{part}})',
    en: 'eligible at most {{share}} % of the total costs, of which {{rate}} % ({{part}})',
  },
  basis_programmeMax: {
    de: 'Höchstbetrag des Programms {{cap}}',
    en: 'programme maximum {{cap}}',
  },
  basis_programmePerUnit: { de: '{{rule}}', en: '{{rule}}' },
  basis_ownShare: {
    de: 'begrenzt durch den vorgeschriebenen Eigenanteil ({{part}})',
    en: 'limited by the required own share ({{part}})',
  },
  basis_publicCap: {
    de: 'begrenzt durch die Obergrenze für öffentliche Mittel im Plan ({{publicCap}}; {{part}})',
    en: 'limited by the cap on public money in the plan ({{publicCap}}; {{part}})',
  },
  basis_fundedCostsCap: {
    de: 'begrenzt durch die Kumulierungsgrenze im Plan: Fördermittel höchstens {{fundedShare}} % dieser Kosten ({{part}}: {{costs}})',
    en: 'limited by the cumulation cap in the plan: funding at most {{fundedShare}} % of these costs ({{part}}: {{costs}})',
  },
  basis_otherFunding: {
    de: 'die Kosten, die andere Programme des Plans offenlassen ({{part}}: {{costs}})',
    en: 'the costs the plan’s other programmes leave open ({{part}}: {{costs}})',
  },
} as const satisfies Record<string, Record<Lang, string>>

export type PlanPhrase = keyof typeof PLAN_PHRASES

export function planPhrase(key: PlanPhrase, lang: Lang, vars: Record<string, string> = {}): string {
  return fillTemplate(PLAN_PHRASES[key][lang], vars)
}
