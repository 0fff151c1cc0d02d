import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  dateInterval,
  formatDate,
  htmlDateTime,
  parseDate,
  PRECISIONS,
  type PartialDate,
} from '../../../src/model/date'
import { APPROX_TABLE, FORM_TABLE } from './format-table'

function parsed(value: string): PartialDate {
  const result = parseDate(value)
  if (!result.ok) throw new Error(`${value}: ${result.error}`)
  return result.date
}

describe('the table of forms', () => {
  it.each(FORM_TABLE)('$value ($form) → $ru / $en', ({ value, start, end, ru, en, html }) => {
    const date = parsed(value)
    expect(dateInterval(date)).toEqual({ start, end })
    expect(formatDate(value, 'ru')).toBe(ru)
    expect(formatDate(value, 'en')).toBe(en)
    expect(formatDate(date, 'ru')).toBe(ru)
    expect(htmlDateTime(value)).toBe(html)
  })

  it('covers every kind of date', () => {
    const kinds = new Set(FORM_TABLE.map(({ value }) => parsed(value).kind))
    expect(kinds).toEqual(new Set(PRECISIONS))
  })
})

describe('approximate dates', () => {
  it.each(APPROX_TABLE)('$value → $ru / $en', ({ value, ru, en }) => {
    expect(formatDate(value, 'ru', { approx: true })).toBe(ru)
    expect(formatDate(value, 'en', { approx: true })).toBe(en)
  })

  it('is exact unless asked', () => {
    expect(formatDate('2018-11', 'ru', { approx: false })).toBe('ноябрь 2018 г.')
  })
})

describe('invalid input', () => {
  it('formats an invalid string as itself and gives no <time> value', () => {
    expect(formatDate('2019-13', 'ru')).toBe('2019-13')
    expect(formatDate('soon', 'en', { approx: true })).toBe('soon')
    expect(htmlDateTime('2019-02-30')).toBe('')
  })
})

describe('years below 1000', () => {
  it('prints the year without leading zeros but keeps the <time> value four digits', () => {
    expect(formatDate('0987-03-05', 'ru')).toBe('5 марта 987 г.')
    expect(formatDate('0987', 'en')).toBe('987')
    expect(htmlDateTime('0987-SU')).toBe('0987')
  })
})

/** Cells of a Markdown table row, honouring `\|` inside a cell. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

describe('docs/dates.md', () => {
  const doc = readFileSync(new URL('../../../docs/dates.md', import.meta.url), 'utf8')
  const rows = doc
    .slice(doc.indexOf('## Every form'))
    .split('\n')
    .filter((line) => /^\| [^|]+ \| `/.test(line))
    .map(cells)

  it('shows exactly the tested table', () => {
    const expected = FORM_TABLE.map(({ form, value, start, end, ru, en, html }) => [
      form,
      `\`${value}\``,
      `${start} – ${end}`,
      ru,
      en,
      `\`${html}\``,
    ])
    expect(rows).toEqual(expected)
  })
})
