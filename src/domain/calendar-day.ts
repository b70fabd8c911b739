// Which day it is, as an ISO date. The caller reads the clock and passes the Date in, so the
// domain stays clock-free. The day is the one in Europe/Berlin, not the machine's: deadlines
// are German calendar days, and the app in a browser abroad, the CLI and CI on a UTC server
// must all agree on whether a deadline has passed.
const BERLIN_DAY = new Intl.DateTimeFormat('en', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day `at` falls on in Europe/Berlin, as YYYY-MM-DD. */
export function berlinDay(at: Date): string {
  const parts = BERLIN_DAY.formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  return `${part('year')}-${part('month')}-${part('day')}`
}
