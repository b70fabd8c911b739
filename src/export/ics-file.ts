// Writes roadmap events as an iCalendar file (RFC 5545) with the `ics` library. Lives outside
// the domain because it uses a library and a timestamp; the caller passes the time of export.
import { createEvents, type EventAttributes } from 'ics'
import { exportPhrase, type CalendarEvent, type Lang } from '../domain/index'

export type IcsResult = { ok: true; text: string } | { ok: false; message: string }

export function icsFile(events: readonly CalendarEvent[], lang: Lang, exportedAt: Date): IcsResult {
  if (events.length === 0) return { ok: false, message: 'no dated steps to export' }
  const attributes = events.map((e): EventAttributes & { timestamp: number } => ({
    uid: e.uid,
    start: dayArray(e.date),
    end: dayArray(nextDay(e.date)),
    title: e.title,
    description: e.description,
    ...(e.url ? { url: e.url } : {}),
    status: e.expected ? 'TENTATIVE' : 'CONFIRMED',
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    categories: e.expected ? ['Förderfrist', exportPhrase('expected', lang)] : ['Förderfrist'],
    productId: 'foerderbaukasten/ics',
    calName: exportPhrase('calendarName', lang),
    timestamp: exportedAt.getTime(),
  }))
  const { error, value } = createEvents(attributes)
  if (error || !value)
    return { ok: false, message: error?.message ?? 'calendar could not be written' }
  return { ok: true, text: value }
}

function dayArray(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return [y, m, d]
}

function nextDay(iso: string): string {
  const [y, m, d] = dayArray(iso)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}
