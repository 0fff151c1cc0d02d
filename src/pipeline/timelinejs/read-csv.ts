/**
 * A TimelineJS3 Google Sheet saved as CSV: the template's columns, recognised by name (any order, any case).
 * Only the date and the headline columns are required — the template's own example has no "Alt Text".
 */
import { parse } from 'csv-parse/sync'
import { compactMedia, str, type ImportProblem, type ReadResult, type Slide } from './slides'

export const TEMPLATE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
] as const
type Column = (typeof TEMPLATE_COLUMNS)[number]
const REQUIRED: readonly Column[] = ['Year', 'Headline']
const BY_LOWER = new Map(TEMPLATE_COLUMNS.map((name) => [name.toLowerCase(), name]))

export function readTimelineCsv(text: string): ReadResult {
  const problems: ImportProblem[] = []
  let rows: string[][]
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]
  } catch (error) {
    const where = (error as { lines?: number }).lines
    return refuse(`not readable as CSV${where ? ` (line ${where})` : ''}: ${(error as Error).message}`)
  }
  const header = rows[0]
  if (!header) return refuse('the file is empty')
  const columns = new Map<Column, number>()
  header.forEach((name, i) => {
    const known = BY_LOWER.get(name.trim().toLowerCase()) ?? (name.trim().toLowerCase() === 'tag' ? 'Group' : undefined)
    if (known) columns.set(known, i)
    else if (/^(start|end) date$/i.test(name.trim()))
      problems.push({
        severity: 'refused',
        where: 'row 1',
        field: name,
        message: 'an old (v1) sheet column: use the Year, Month, Day columns of the current template',
      })
    else problems.push({ severity: 'reported', where: 'row 1', field: name, message: 'unknown column, not imported' })
  })
  const missing = REQUIRED.filter((name) => !columns.has(name))
  if (missing.length > 0)
    return refuse(
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (the header is row 1)`,
      problems,
    )
  const slides: Slide[] = []
  rows.slice(1).forEach((row, i) => {
    const where = `row ${i + 2}`
    const cell = (name: Column) => {
      const index = columns.get(name)
      return index === undefined ? undefined : str(row[index])
    }
    const type = (cell('Type') ?? '').toLowerCase()
    if (type !== '' && type !== 'title' && type !== 'era')
      problems.push({ severity: 'reported', where, field: 'Type', message: `type "${type}" read as an event` })
    if (cell('Background'))
      problems.push({ severity: 'reported', where, field: 'Background', message: 'display only, not imported' })
    const time = (name: Column) => timeParts(cell(name))
    const media = compactMedia({
      url: cell('Media'),
      credit: cell('Media Credit'),
      caption: cell('Media Caption'),
      thumbnail: cell('Media Thumbnail'),
      alt: cell('Alt Text'),
    })
    const endYear = cell('End Year')
    slides.push({
      where,
      type: type === 'title' ? 'title' : type === 'era' ? 'era' : 'event',
      ...(cell('Year')
        ? { start: { year: cell('Year'), month: cell('Month'), day: cell('Day'), ...time('Time') } }
        : {}),
      ...(endYear
        ? { end: { year: endYear, month: cell('End Month'), day: cell('End Day'), ...time('End Time') } }
        : {}),
      ...(cell('Display Date') ? { displayDate: cell('Display Date')! } : {}),
      headline: cell('Headline') ?? '',
      text: cell('Text') ?? '',
      ...(media ? { media } : {}),
      ...(cell('Group') ? { group: cell('Group')! } : {}),
    })
  })
  return { format: 'timelinejs3-csv', slides, problems }
}

/** "14:30" or "2:30 PM": only whether a time was given matters (the grammar keeps the day). */
function timeParts(value: string | undefined): Record<string, string> {
  return value ? { hour: value } : {}
}

function refuse(message: string, problems: ImportProblem[] = []): ReadResult {
  return {
    format: 'timelinejs3-csv',
    slides: [],
    problems: [...problems, { severity: 'refused', where: 'file', message }],
  }
}
