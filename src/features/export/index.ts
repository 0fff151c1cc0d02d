export { ExportMenu } from './ExportMenu'
export { csvCell, toCsv } from './csv'
export { toJson } from './json'
export { escapeText, foldLine, isDayPrecise, toICalendar } from './icalendar'
