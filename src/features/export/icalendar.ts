/**
 * iCalendar (RFC 5545) of the events whose date is day-precise: all-day `VALUE=DATE` entries, which carry
 * no time and so no time zone, so the day never shifts. A span of two days becomes one multi-day entry.
 */
import {
  dayNumberFromIso,
  isoFromDayNumber,
  parseDate,
  otherLanguage,
  type DatasetEvent,
  type Language,
} from '../../model'

const PRODUCT = '-//negotiations-timeline//Timeline export//EN'
const encoder = new TextEncoder()

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds a content line into lines of at most 75 octets (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      parts.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n')
}

const basic = (iso: string) => iso.replaceAll('-', '')

function nextDay(iso: string): string {
  return isoFromDayNumber(dayNumberFromIso(iso) + 1)
}

const DAY_OR_DAYS = /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/

/**
 * True for a day ("2019-06-11") or a span of days ("2018-08-16/2018-08-20"). The shape is checked first: the
 * grammar writes those and only those with digits alone, so the full parse runs only to confirm the few that
 * have it (the export menu asks for every event shown).
 */
export function isDayPrecise(event: Pick<DatasetEvent, 'date'>): boolean {
  return DAY_OR_DAYS.test(event.date) && parseDate(event.date).ok
}

function vevent(event: DatasetEvent, lang: Language): string[] {
  const other = otherLanguage(lang)
  const description = `${event.summary[lang]}\n\n${event.title[other]}\n${event.summary[other]}`
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@negotiations-timeline`,
    // DTSTAMP is required; the date the information is "as of" keeps the export reproducible.
    `DTSTAMP:${basic(event.asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${basic(event.start)}`,
    // DTEND is exclusive: the day after the last day.
    `DTEND;VALUE=DATE:${basic(nextDay(event.end))}`,
    `SUMMARY:${escapeText(event.title[lang])}`,
    `DESCRIPTION:${escapeText(description)}`,
    `STATUS:${event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
}

/** A VCALENDAR of the day-precise events (others are left out), CRLF line ends, lines folded at 75 octets. */
export function toICalendar(events: readonly DatasetEvent[], lang: Language = 'en'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT}`,
    'CALSCALE:GREGORIAN',
    ...events.filter(isDayPrecise).flatMap((event) => vevent(event, lang)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
