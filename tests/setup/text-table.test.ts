import { describe, expect, it } from 'vitest'
import { textTable } from './text-table'

describe('textTable', () => {
  it('reads one case a line, trimmed, skipping blank and comment lines', () => {
    const rows = textTable(
      ['text', 'value?'],
      `
      // a comment
      early May   | 2017-05-START

      the summer  | null
      `,
    )
    expect(rows).toEqual([
      ['early May', '2017-05-START'],
      ['the summer', null],
    ])
  })

  it('keeps a bar without spaces inside its cell', () => {
    expect(textTable(['text', 'value'], 'July or August | 2018-07|2018-08')).toEqual([
      ['July or August', '2018-07|2018-08'],
    ])
  })

  it('reads null as text in a column that may not hold null', () => {
    expect(textTable(['text', 'value'], 'none | null')).toEqual([['none', 'null']])
  })

  it('throws on a line with another number of cells, naming the line', () => {
    expect(() => textTable(['text', 'value'], 'a | b\nc | d | e')).toThrow(
      'table line 2: 3 cells, expected 2 (text | value): c | d | e',
    )
  })
})
