import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../../src/features/export'
import type { DatasetEvent } from '../../../src/model'
import { DATASET, EVENTS } from '../fixtures/dataset'

/** A small RFC 4180 reader, to prove the output reads back into the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted && char === '"') {
      quoted = false
    } else if (quoted || (char !== '"' && char !== ',' && char !== '\r')) {
      cell += char
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else {
      cell += char
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the last line has no CRLF')
  return rows
}

const tricky: DatasetEvent = {
  ...EVENTS[0]!,
  id: 'tricky',
  title: { en: 'Talks, "frank" and long', ru: 'Переговоры;\nвторой день' },
  summary: { en: '=HYPERLINK("http://evil")', ru: '+7 days, -1 night, @home' },
}

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Sessions in Tokyo')).toBe('Sessions in Tokyo')
  })
  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"')
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"')
  })
  it.each(['=1+1', '+7', '-1', '@SUM(A1)', '\tx', '\rx'])('turns %j into text a spreadsheet will not run', (value) => {
    expect(parseCsv(`${csvCell(value)}\r\n`)[0]![0]).toBe(`'${value}`)
  })
})

describe('toCsv', () => {
  it('writes a header and one CRLF-ended row per event, in the order given', () => {
    const rows = parseCsv(toCsv(EVENTS, DATASET))
    expect(rows).toHaveLength(EVENTS.length + 1)
    const header = rows[0]!
    expect(header.slice(0, 6)).toEqual(['id', 'date', 'date_en', 'date_ru', 'start', 'end'])
    expect(rows.slice(1).map((row) => row[0])).toEqual(EVENTS.map((event) => event.id))
    expect(rows.every((row) => row.length === header.length)).toBe(true)
  })

  it('holds both languages, the date as written, in words and as an interval', () => {
    const rows = parseCsv(toCsv([EVENTS[1]!], DATASET))
    const record = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]))
    expect(record).toMatchObject({
      id: 'graves-2018-su',
      date: '2018-SU',
      date_en: 'summer 2018',
      date_ru: 'лето 2018 г.',
      start: '2018-06-01',
      end: '2018-08-31',
      title_en: 'Visits to family graves',
      title_ru: 'Посещение захоронений',
      topics_en: 'Humanitarian',
      topics_ru: 'Гуманитарные меры',
    })
  })

  it('reads back commas, quotes, line breaks and guarded formulas unchanged in meaning', () => {
    const rows = parseCsv(toCsv([tricky], DATASET))
    const record = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]))
    expect(record.title_en).toBe('Talks, "frank" and long')
    expect(record.title_ru).toBe('Переговоры;\nвторой день')
    expect(record.summary_en).toBe(`'=HYPERLINK("http://evil")`)
    expect(record.summary_ru).toBe(`'+7 days, -1 night, @home`)
  })
})
