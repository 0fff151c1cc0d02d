/**
 * The value of each chrono result: ours where a rule made it (kept by the chrono components the rule
 * produced, which chrono's range merging keeps), else read from chrono's certain components.
 */
import type * as chrono from 'chrono-node'
import type { Anaphor } from './anaphora'
import { dayValue, monthValue, valid } from './resolve'

export interface Resolution {
  rule: string
  value: string | null
  reason: string
  /** Resolved after parsing, against the last date the text named (anaphora.ts). */
  anaphor?: Anaphor
}
type Components = chrono.ParsingComponents
export type Result = chrono.ParsingResult

/** Our resolutions, keyed by the chrono components a rule produced (chrono's range merging keeps them). */
export const resolutions = new WeakMap<object, Resolution>()

/** The value of one chrono component set: ours where a rule made it, else from chrono's certain components. */
export function resolve(components: Components): Resolution {
  const ours = resolutions.get(components)
  if (ours) return ours
  const year = components.get('year')
  const month = components.get('month')
  const day = components.get('day')
  const casual = [...components.tags()].find((t) => t.startsWith('casualReference/'))
  const reason = casual
    ? `deictic: ${casual.slice('casualReference/'.length)}, counted from the document date`
    : components.isCertain('year')
      ? 'explicit year'
      : components.isCertain('month')
        ? 'no tense cue: the nearest to the document date'
        : 'deictic: counted from the document date'
  if (year === null) return { rule: 'chrono', value: null, reason: 'not a date' }
  if (month !== null && day !== null && (components.isCertain('day') || components.isCertain('weekday'))) {
    return { rule: 'chrono', value: dayValue(year, month, day), reason }
  }
  if (month !== null && components.isCertain('month')) return { rule: 'chrono', value: monthValue(year, month), reason }
  if (components.isCertain('year')) return { rule: 'chrono', value: String(year), reason }
  return { rule: 'chrono', value: null, reason: 'not a date' }
}

export function resultValue(result: Result): Resolution {
  const start = resolve(result.start)
  if (!result.end) return start
  const end = resolve(result.end)
  if (start.value === null || end.value === null) return { rule: start.rule, value: null, reason: 'not a date' }
  if (start.value === end.value) return start
  const span = valid(`${start.value}/${end.value}`)
  const reason = start.reason === end.reason ? start.reason : `${start.reason}; ${end.reason}`
  return { rule: start.rule === end.rule ? start.rule : 'span', value: span, reason: `span: ${reason}` }
}
