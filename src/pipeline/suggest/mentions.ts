/**
 * From date expressions to mentions of events. In one sentence, a date that only frames another ("31 May … this
 * year", the same kind read at both) is dropped, a weekday beside its day ("Monday, 13 May") gives way to the day, and dates joined only by
 * "and", "or", commas or "to" ("12, 13 and 14 May", "from 12 to 16 January") are one event over their span. A
 * line holding nothing but dates and names (a date line: "July 31, 2018", "(31 мая 2019 г., Токио)") is marked
 * bare; a news dateline that opens a paragraph ("МОСКВА, 22 января. /ТАСС/. …") keeps its lead sentence.
 */
import { parseDate } from '../../model/date'
import type { TemporalExpression } from '../temporal'
import { sentences, type Sentence } from './draft'
import { tokens } from './hits'

export interface Mention {
  /** The expressions read as one date (one, or several joined by "and"/"or"/"to"). */
  expressions: TemporalExpression[]
  value: string
  interval: [string, string]
  sentence: Sentence
  /** The line holding the sentence: the paragraph whose names and kind the event takes. */
  paragraph: Sentence
  /** Nothing but dates, names and punctuation: a date line, not a sentence about an event. */
  bare: boolean
  /** For a dateline that opens a paragraph, the dateline and its lead sentence: the quote when nothing else dates
   * this day. */
  lead?: Sentence
}

export interface Dropped {
  expression: TemporalExpression
  reason: string
}

const CONNECTOR = /^[\s,;–—-]*(?:(?:and|or|to|through|until|till|и|или|по|до|а также)[\s,]*)?$/iu
const DIGIT = /\d/

type Dated = TemporalExpression & { value: string; interval: [string, string] }
const dated = (e: TemporalExpression): e is Dated => e.value !== null && e.interval !== null
const holds = (a: Dated, b: Dated) => a.interval[0] <= b.interval[0] && a.interval[1] >= b.interval[1]

/** One sentence's dated expressions, in order, as mentions (framing and weekday restatements dropped). */
function sentenceMentions(
  text: string,
  found: Dated[],
  dropped: Dropped[],
  kindAt: (e: TemporalExpression) => string | null,
): Dated[][] {
  // A date holding another frames it unless the kinds read at each differ: "11 июня заседания рабочей группы …
  // предстоящей в июне встречи на высшем уровне" names two events.
  const sameKind = (a: Dated, b: Dated) => {
    const [x, y] = [kindAt(a), kindAt(b)]
    return x === null || y === null || x === y
  }
  const kept = found.filter((e) => {
    const frame = found.find((o) => o !== e && holds(e, o) && !holds(o, e) && sameKind(e, o))
    if (frame) dropped.push({ expression: e, reason: `frames "${frame.text}" in the same sentence` })
    return !frame
  })
  const groups: Dated[][] = []
  for (const e of kept) {
    const last = groups.at(-1)
    const previous = last?.at(-1)
    if (last && previous && CONNECTOR.test(text.slice(previous.end, e.start))) last.push(e)
    else groups.push([e])
  }
  // "On Monday, 13 May": the weekday restates the day beside it.
  return groups.map((group) => {
    if (group.length < 2 || !group.some((e) => DIGIT.test(e.text))) return group
    const words = group.filter((e) => !DIGIT.test(e.text) && e.precision === 'day')
    for (const e of words) dropped.push({ expression: e, reason: 'a weekday beside its day' })
    return group.filter((e) => !words.includes(e))
  })
}

/**
 * The value of expressions read as one date: their span ("A/B", earliest start to latest end), or "A|B" when they
 * are alternatives; null when the grammar has no such value (dates out of order: "December 2017 … and 2016").
 */
function joined(group: readonly Dated[], text: string): Pick<Mention, 'value' | 'interval'> | null {
  const first = group[0] as Dated
  const last = group.at(-1) as Dated
  if (group.length === 1) return { value: first.value, interval: first.interval }
  const earliest = group.reduce((m, e) => (e.interval[0] < m.interval[0] ? e : m))
  const latest = group.reduce((m, e) => (e.interval[1] > m.interval[1] ? e : m))
  const or = /\b(?:or|или)\b/iu.test(text.slice(first.end, last.start))
  const value = or ? group.map((e) => e.value).join('|') : `${earliest.value}/${latest.value}`
  if (!parseDate(value).ok || first.interval[0] > last.interval[0]) return null
  return { value, interval: [earliest.interval[0], latest.interval[1]] }
}

/** Whether a sentence says nothing but its dates and the given names (`isName` of a word's offsets). */
function isBare(sentence: Sentence, expressions: readonly TemporalExpression[], isName: (at: number) => boolean) {
  const words = tokens(sentence.text).filter(({ start, word }) => {
    const at = sentence.start + start
    if (expressions.some((e) => at >= e.start && at < e.end)) return false
    return word.length > 2 && !DIGIT.test(word) && !isName(at)
  })
  return words.length <= 1
}

export function mentions(
  text: string,
  expressions: readonly TemporalExpression[],
  isName: (at: number) => boolean,
  /** The kind read nearest an expression in its sentence, if any. */
  kindAt: (e: TemporalExpression, sentence: Sentence) => string | null = () => null,
): { mentions: Mention[]; dropped: Dropped[] } {
  const dropped: Dropped[] = []
  const out: Mention[] = []
  const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
  const sorted = [...expressions].sort((a, b) => a.start - b.start)
  // Sentences, lines and expressions all run in text order: one pass over each, whatever the document's size.
  let line = 0
  let next = 0
  const all = sentences(text)
  for (const [index, sentence] of all.entries()) {
    while (next < sorted.length && (sorted[next] as TemporalExpression).start < sentence.start) next++
    const inside: TemporalExpression[] = []
    for (let i = next; i < sorted.length && (sorted[i] as TemporalExpression).start < sentence.end; i++) {
      inside.push(sorted[i] as TemporalExpression)
    }
    const found = inside.filter(dated)
    if (found.length === 0) continue
    while (line < lines.length && (lines[line] as Sentence).end < sentence.end) line++
    const paragraph = lines[line] ?? sentence
    const bare = isBare(sentence, inside, isName)
    // A news dateline ("МОСКВА, 22 января. /ТАСС/.") dates the lead sentence after it on its line.
    const after = all[index + 1]
    const lead =
      bare && after && after.end <= paragraph.end
        ? { start: sentence.start, end: after.end, text: text.slice(sentence.start, after.end) }
        : undefined
    for (const group of sentenceMentions(text, found, dropped, (e) => kindAt(e, sentence))) {
      const date = joined(group, text)
      // Dates that cannot be read as one stay one mention each.
      const parts = date ? [{ group, date }] : group.map((e) => ({ group: [e], date: joined([e], text) }))
      for (const { group: expressions, date: d } of parts) {
        if (d) out.push({ expressions, ...d, sentence, paragraph, bare, lead })
      }
    }
  }
  return { mentions: out, dropped }
}
