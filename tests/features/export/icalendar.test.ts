import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, isDayPrecise, toICalendar } from '../../../src/features/export'
import type { DatasetEvent } from '../../../src/model'
import { EVENTS } from '../fixtures/dataset'

const octets = (line: string) => new TextEncoder().encode(line).length

const event = (patch: Partial<DatasetEvent>): DatasetEvent => ({ ...EVENTS[0]!, ...patch })

const june11 = event({
  id: 'summit-2019-06-11',
  date: '2019-06-11',
  start: '2019-06-11',
  end: '2019-06-11',
  asOf: '2019-06-12',
  title: { en: 'Talks; day one, "Tokyo"', ru: 'Переговоры в Токио' },
  summary: { en: 'Line one\nline two, with a \\ backslash', ru: 'Стороны обсудили вопросы.' },
})

/** Unfolds (RFC 5545 §3.1) and splits into content lines. */
const contentLines = (text: string) => text.replace(/\r\n /g, '').split('\r\n')

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })
})

describe('foldLine', () => {
  it('keeps a short line as it is', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short')
  })
  it('folds at 75 octets, without splitting a Cyrillic character, and unfolds to the same line', () => {
    const line = `SUMMARY:${'Переговоры министров '.repeat(8)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })
})

describe('toICalendar', () => {
  const text = toICalendar([june11], 'en')

  it('is a VCALENDAR with CRLF line ends only and no line over 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
  })

  it('writes an all-day entry: DTSTART the day, DTEND the next day, no time, UID from the id', () => {
    const lines = contentLines(text)
    expect(lines).toContain('DTSTART;VALUE=DATE:20190611')
    expect(lines).toContain('DTEND;VALUE=DATE:20190612')
    expect(lines).toContain('UID:summit-2019-06-11@negotiations-timeline')
    expect(lines).toContain('DTSTAMP:20190612T000000Z')
    expect(lines).toContain('SUMMARY:Talks\\; day one\\, "Tokyo"')
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain(
      'Line one\\nline two\\, with a \\\\ backslash',
    )
  })

  it('crosses a month and a year end correctly', () => {
    const lines = contentLines(
      toICalendar([event({ id: 'nye', date: '2018-12-31', start: '2018-12-31', end: '2018-12-31' })]),
    )
    expect(lines).toContain('DTSTART;VALUE=DATE:20181231')
    expect(lines).toContain('DTEND;VALUE=DATE:20190101')
  })

  it('keeps only day-precise dates; a span of days becomes one multi-day entry', () => {
    const span = event({ id: 'span', date: '2018-08-16/2018-08-20', start: '2018-08-16', end: '2018-08-20' })
    const month = event({ id: 'month', date: '2019-06', start: '2019-06-01', end: '2019-06-30' })
    const season = EVENTS.find((e) => e.date === '2018-SU')!
    expect([span, month, season].map(isDayPrecise)).toEqual([true, false, false])
    // One of two days is not a known day; a day that does not exist is not one either.
    expect(['2019-06-11|2019-06-12', '2019-02-30', '2019-06-11/2019-07'].map((date) => isDayPrecise({ date }))).toEqual(
      [false, false, false],
    )
    const lines = contentLines(toICalendar([span, month, season]))
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines).toContain('DTSTART;VALUE=DATE:20180816')
    expect(lines).toContain('DTEND;VALUE=DATE:20180821')
  })

  it('uses the chosen language for the summary', () => {
    expect(contentLines(toICalendar([june11], 'ru'))).toContain('SUMMARY:Переговоры в Токио')
  })

  it('marks planned events tentative', () => {
    const planned = contentLines(toICalendar([event({ ...june11, status: 'planned' })]))
    expect(planned).toContain('STATUS:TENTATIVE')
    expect(contentLines(text)).toContain('STATUS:CONFIRMED')
  })
})
