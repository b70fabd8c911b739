import { expect, test, type Page } from '@playwright/test'

// The labels the journey needs, per language: UI texts from src/i18n, question texts from data/.
const TEXT = {
  de: {
    start: 'Jetzt beginnen',
    next: 'Weiter',
    yes: 'Ja',
    no: 'Nein',
    organisations: /Welche Organisationen wirken/,
    municipality: 'Gemeinde oder Stadt',
    association: 'Eingetragener Verein',
    charitable: /gemeinnützig anerkannt/,
    population: /Wie viele Einwohnerinnen/,
    urbanDistrict: /Stadtkreis/,
    area: /Raumkategorie/,
    rural: 'Ländlicher Raum im engeren Sinne',
    leader: /LEADER/,
    renewal: /Sanierungs- oder Erneuerungsgebiet/,
    themes: /Um welche Themen/,
    care: 'Pflege und Unterstützung im Alter',
    phases: /Projektphasen/,
    implementation: /^Umsetzung/,
    measures: /Was ist konkret geplant/,
    meetingPlace: 'Begegnungsort, Treff oder Café',
    resolution: /Beschluss des Gemeinderats/,
    adopted: 'Ja, liegt vor',
    analysis: /Sozialraumanalyse/,
    facilities: /Welche Einrichtungen/,
    none: 'Nichts davon',
    personnel: 'Personal, Umsetzung',
    ownFunds: /Wie viele Eigenmittel/,
    plannedStart: /Wann soll das Projekt beginnen/,
    review: 'Prüfen Sie Ihre Angaben',
    showResults: 'Ergebnis anzeigen',
    results: 'Ihr Ergebnis',
    eligible: /Passende Programme/,
    toCombinations: 'Kombinationen und Finanzierungsplan ansehen',
    combinations: 'Kombinationen und Finanzierungsplan',
    plan: /Finanzierungsplan: Euro je Programm/,
  },
  en: {
    start: 'Start now',
    next: 'Continue',
    yes: 'Yes',
    no: 'No',
    organisations: /Which organisations take part/,
    municipality: 'Municipality or town',
    association: 'Registered association (e.V.)',
    charitable: /recognised as non-profit/,
    population: /How many inhabitants/,
    urbanDistrict: /urban district/,
    area: /area category/,
    rural: 'Rural area in the narrower sense',
    leader: /LEADER/,
    renewal: /urban-renewal area/,
    themes: /Which themes/,
    care: 'Care and support in old age',
    phases: /project phases/,
    implementation: /^Implementation/,
    measures: /What exactly is planned/,
    meetingPlace: 'Meeting place, drop-in or café',
    resolution: /resolution of the municipal council/,
    adopted: 'Yes, adopted',
    analysis: /social-area analysis/,
    facilities: /Which facilities/,
    none: 'None of these',
    personnel: 'Staff, Implementation',
    ownFunds: /own funds/,
    plannedStart: /When should the project start/,
    review: 'Check your answers',
    showResults: 'Show the result',
    results: 'Your result',
    eligible: /Programmes that fit/,
    toCombinations: 'See combinations and the financing plan',
    combinations: 'Combinations and financing plan',
    plan: /Financing plan: euros per programme/,
  },
} as const

type Text = (typeof TEXT)['de' | 'en']

const group = (page: Page, name: RegExp) => page.getByRole('group', { name })
const radio = (page: Page, g: RegExp, name: string) =>
  group(page, g).getByRole('radio', { name, exact: true }).check()
const checkbox = (page: Page, g: RegExp, name: string | RegExp) =>
  group(page, g).getByRole('checkbox', { name }).check()
const next = (page: Page, t: Text) => page.getByRole('button', { name: t.next }).click()

async function answerFirstHalf(page: Page, t: Text) {
  await page.getByRole('button', { name: t.start }).click()
  await checkbox(page, t.organisations, t.municipality)
  await checkbox(page, t.organisations, t.association)
  await radio(page, t.charitable, t.yes)
  await next(page, t)
  await page.getByLabel(t.population).fill(t === TEXT.de ? '4.800' : '4,800')
  await radio(page, t.urbanDistrict, t.no)
  await radio(page, t.area, t.rural)
  await radio(page, t.leader, t.no)
  await radio(page, t.renewal, t.no)
  await next(page, t)
}

async function answerSecondHalf(page: Page, t: Text) {
  await checkbox(page, t.themes, t.care)
  await checkbox(page, t.phases, t.implementation)
  await checkbox(page, t.measures, t.meetingPlace)
  await next(page, t)
  await radio(page, t.resolution, t.adopted)
  await radio(page, t.analysis, t.no)
  await checkbox(page, t.facilities, t.none)
  await next(page, t)
  await page.getByRole('textbox', { name: t.personnel }).fill(t === TEXT.de ? '60.000' : '60,000')
  await page.getByLabel(t.ownFunds).fill(t === TEXT.de ? '15.000' : '15,000')
  await page.getByLabel(t.plannedStart).fill('2027-05-01')
  await next(page, t)
}

async function throughResultsToPlan(page: Page, t: Text) {
  await expect(page.getByRole('heading', { level: 1, name: t.review })).toBeVisible()
  await page.getByRole('button', { name: t.showResults }).click()
  await expect(page.getByRole('heading', { level: 1, name: t.results })).toBeVisible()
  await expect(
    page.getByRole('region', { name: t.eligible }).getByRole('article').first(),
  ).toBeVisible()
  await page.getByRole('button', { name: t.toCombinations }).click()
  await expect(page.getByRole('heading', { level: 1, name: t.combinations })).toBeVisible()
  await expect(page.getByRole('table', { name: t.plan }).first()).toBeVisible()
}

test('German journey: questionnaire, reload in the middle, results and a combination plan', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await answerFirstHalf(page, TEXT.de)
  await page.reload()
  // The reload keeps the answers and the place in the questionnaire.
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Vorhaben' })).toBeVisible()
  // The browser's own back button leads to the previous section, answers intact.
  await page.goBack()
  await expect(page.getByLabel(TEXT.de.population)).toHaveValue('4.800')
  await expect(group(page, TEXT.de.area).getByRole('radio', { name: TEXT.de.rural })).toBeChecked()
  await next(page, TEXT.de)
  await answerSecondHalf(page, TEXT.de)
  await throughResultsToPlan(page, TEXT.de)
  expect(new URL(page.url()).hash).toBe('')
})

test('English journey: switching language keeps every answer', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await answerFirstHalf(page, TEXT.en)
  await page.getByRole('button', { name: 'Auf Deutsch wechseln' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Vorhaben' })).toBeVisible()
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByLabel(TEXT.en.population)).toHaveValue('4,800')
  await next(page, TEXT.en)
  await answerSecondHalf(page, TEXT.en)
  await throughResultsToPlan(page, TEXT.en)
})
