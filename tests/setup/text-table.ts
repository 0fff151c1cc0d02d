/**
 * A test table written as text, one case a line, for `it.each`: a case reads as one line instead of a
 * bracketed array that prettier spreads over eight, and the reader scans a column rather than a list.
 *
 * Cells are parted by " | " (a bar with a space on each side, so that a value such as "2018-01|2018-02" stays
 * one cell) and trimmed, so columns may be padded to line up. A column whose name ends in "?" may hold null,
 * written `null`. Blank lines and lines beginning with "//" are passed over. A line with another number of
 * cells than there are columns throws, naming the line: a broken table fails its file instead of testing less.
 */
type Cells<C extends readonly string[]> = {
  -readonly [K in keyof C]: C[K] extends `${string}?` ? string | null : string
}

export function textTable<const C extends readonly string[]>(columns: C, text: string): Cells<C>[] {
  const rows: Cells<C>[] = []
  for (const [index, line] of text.split('\n').entries()) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('//')) continue
    const cells = trimmed.split(' | ').map((cell) => cell.trim())
    if (cells.length !== columns.length) {
      throw new Error(
        `table line ${index + 1}: ${cells.length} cells, expected ${columns.length} (${columns.join(' | ')}): ${trimmed}`,
      )
    }
    rows.push(cells.map((cell, i) => (cell === 'null' && columns[i]?.endsWith('?') ? null : cell)) as Cells<C>)
  }
  return rows
}
