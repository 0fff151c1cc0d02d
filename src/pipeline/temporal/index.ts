/**
 * Temporal expressions in a document's text, resolved against the document's date into the
 * dataset's date grammar (src/model/date). Built on chrono-node: our named rules (rules.ts) are
 * added as chrono parsers, and small refiners drop matches in markup and photo credits, join
 * "A or B" into alternatives and tidy the matched text. See docs/decisions/0004-temporal-expressions.md.
 */
import * as chrono from 'chrono-node'
import { dateInterval, parseDate, type Precision } from '../../model/date'
import { dayValue, monthValue, monthYear, refDay, valid, type RefDay } from './resolve'
import { rulesFor, type Groups, type Rule } from './rules'
import { bySegments } from './segment'
import { tenseAt } from './tense'

export interface TemporalExpression {
  text: string
  /** UTF-16 offsets into the text, end exclusive. */
  start: number
  end: number
  value: string | null
  precision: Precision | null
  interval: [string, string] | null
  /** The rule that found it (ours, or `chrono` for chrono-node's own parsers). */
  rule?: string
}

export interface DetectOptions {
  language: 'ru' | 'en'
  /** The document's date, YYYY-MM-DD. */
  documentDate: string
}

/** The reference instant given to chrono: noon UTC of the document's date, so no time zone moves the day. */
export function referenceInstant(documentDate: string): Date {
  return new Date(`${documentDate}T12:00:00Z`)
}

interface Resolution {
  rule: string
  value: string | null
}
type Components = chrono.ParsingComponents
type Result = chrono.ParsingResult

/** Our resolutions, keyed by the chrono components a rule produced (chrono's range merging keeps them). */
const resolutions = new WeakMap<object, Resolution>()

const LETTER_OR_DIGIT = /[\p{L}\d]/u

function ruleParser(rule: Rule, ref: RefDay): chrono.Parser {
  return {
    pattern: () => rule.pattern,
    extract: (context, match) => {
      const index = match.index ?? 0
      const before = context.text[index - 1] ?? ''
      if (LETTER_OR_DIGIT.test(before)) return null
      const groups: Groups = { ...(match.groups ?? {}) }
      const tense = tenseAt(context.text, index, index + match[0].length, rule.language)
      const resolved = rule.resolve(groups, ref, match[0], tense)
      if (resolved === undefined) return null
      const value = resolved === null ? null : valid(resolved)
      if (resolved !== null && value === null) return null
      const anchor = value === null ? null : dateInterval((parseDate(value) as { ok: true; date: never }).date).start
      const [y, mo, d] = (anchor ?? dayValue(ref.year, ref.month, ref.day)).split('-').map(Number)
      const result = context.createParsingResult(index, match[0], { year: y ?? ref.year, month: mo ?? 1, day: d ?? 1 })
      result.addTag(`rule/${rule.name}`)
      resolutions.set(result.start, { rule: rule.name, value })
      return result
    },
  }
}

/** Spans of text that hold no expressions: HTML tags, URLs, file paths, photo credits ("© … " to the line's end). */
export function excludedZones(text: string): [number, number][] {
  const zones: [number, number][] = []
  const patterns = [
    /<[^>]*>/g,
    /\b(?:https?:\/\/|www\.)[^\s<>"]+/g,
    /©[^\n<]*/g,
    /(?:\/[\w.-]+){2,}/g,
    // Photo credits to the end of the line: "Photo: Cabinet Public Relations Office, 02.09.2016", "Фото: …/ТАСС".
    /(?<![\p{L}])(?:Photo(?:\s+credit)?|Photograph|Фото|Фотография|Источник\s+фото)\s*:[^\n<]*/giu,
    // Anchored at a token's start, so a 100 KB word costs one scan, not one per character.
    /(?<![\w.-])[\w.-]+\.(?:jpe?g|png|gif|webp|svg)\b/gi,
  ]
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) zones.push([match.index, match.index + match[0].length])
  }
  return zones
}

const exclusionRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const zones = excludedZones(context.text)
    return results.filter((r) => !zones.some(([s, e]) => r.index < e && r.index + r.text.length > s))
  },
}

/** Chrono's Russian parsers take a trailing comma into the match ("в октябре,"); it is not part of the expression. */
const trailingPunctuationRefiner: chrono.Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const text = result.text.replace(/[\s,;:]+$/u, '')
      if (text.length > 0 && text.length < result.text.length) result.text = text
    }
    return results
  },
}

/**
 * A day or month chrono read without a year ("on December 15", "Jan. 22") takes its year from the
 * clause's tense, like our own rules (resolve.ts monthYear).
 */
function impliedYearRefiner(language: 'ru' | 'en', ref: RefDay): chrono.Refiner {
  return {
    refine: (context, results) => {
      for (const result of results) {
        const c = result.start
        const month = c.get('month')
        const day = c.get('day')
        if (resolutions.has(c) || result.end || c.isCertain('year') || !c.isCertain('month') || month === null) continue
        if (c.isCertain('weekday') && !c.isCertain('day')) continue
        const tense = tenseAt(context.text, result.index, result.index + result.text.length, language)
        if (tense === null) continue
        const year = monthYear(ref, month, tense)
        const value = c.isCertain('day') && day !== null ? dayValue(year, month, day) : monthValue(year, month)
        resolutions.set(c, { rule: 'chrono+tense', value: valid(value) })
      }
      return results
    },
  }
}

/** "A or B", "A или B" → one result whose value is the alternative `A|B`. */
const alternativeRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const out: Result[] = []
    for (const result of results) {
      const prev = out[out.length - 1]
      if (prev && !prev.end && !result.end) {
        const between = context.text.slice(prev.index + prev.text.length, result.index)
        const a = resolve(prev.start)
        const b = resolve(result.start)
        if (/^\s*,?\s*(?:or|или|либо)\s*$/iu.test(between) && a.value && b.value && !a.value.includes('|')) {
          const value =
            valid(`${a.value}|${b.value}`) ??
            valid(`${a.value}|${String(Number(b.value.slice(0, 4)) + 1)}${b.value.slice(4)}`)
          if (value) {
            const merged = context.createParsingResult(
              prev.index,
              result.index + result.text.length,
              prev.start.clone(),
            )
            resolutions.set(merged.start, { rule: 'alternative', value })
            out[out.length - 1] = merged
            continue
          }
        }
      }
      out.push(result)
    }
    return out
  },
}

/** Chrono's UnlikelyFormatFilter drops bare numbers such as "1956"; our own results pass through it untouched. */
function protectOurs(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const ours = new Set(results.filter((r) => resolutions.has(r.start)))
      const kept = new Set(
        refiner.refine(
          context,
          results.filter((r) => !ours.has(r)),
        ),
      )
      return results.filter((r) => ours.has(r) || kept.has(r))
    },
  }
}

function makeParser(language: 'ru' | 'en', ref: RefDay): chrono.Chrono {
  const base = language === 'ru' ? chrono.ru.casual : chrono.en.casual
  const parser = base.clone()
  parser.parsers.unshift(...rulesFor(language).map((rule) => ruleParser(rule, ref)))
  parser.refiners = parser.refiners.map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? protectOurs(r) : r))
  parser.refiners.unshift(trailingPunctuationRefiner)
  parser.refiners.push(exclusionRefiner, impliedYearRefiner(language, ref), alternativeRefiner)
  return parser
}

/** The value of one chrono component set: ours where a rule made it, else from chrono's certain components. */
function resolve(components: Components): Resolution {
  const ours = resolutions.get(components)
  if (ours) return ours
  const year = components.get('year')
  const month = components.get('month')
  const day = components.get('day')
  if (year === null) return { rule: 'chrono', value: null }
  if (month !== null && day !== null && (components.isCertain('day') || components.isCertain('weekday'))) {
    return { rule: 'chrono', value: dayValue(year, month, day) }
  }
  if (month !== null && components.isCertain('month')) return { rule: 'chrono', value: monthValue(year, month) }
  if (components.isCertain('year')) return { rule: 'chrono', value: String(year) }
  return { rule: 'chrono', value: null }
}

function resultValue(result: Result): Resolution {
  const start = resolve(result.start)
  if (!result.end) return start
  const end = resolve(result.end)
  if (start.value === null || end.value === null) return { rule: start.rule, value: null }
  if (start.value === end.value) return start
  const span = valid(`${start.value}/${end.value}`)
  return { rule: start.rule === end.rule ? start.rule : 'span', value: span }
}

/** Leading and trailing white space is not part of an expression. */
function trimmed(text: string, index: number): { text: string; start: number } {
  const lead = text.length - text.trimStart().length
  return { text: text.trim(), start: index + lead }
}

/** In bounded segments of the text, so a long document costs linear time (segment.ts). */
export function detectTemporalExpressions(text: string, options: DetectOptions): TemporalExpression[] {
  return bySegments(text, (segment) => detectInSegment(segment, options))
}

function detectInSegment(text: string, options: DetectOptions): TemporalExpression[] {
  const ref = refDay(options.documentDate)
  const parser = makeParser(options.language, ref)
  const results = parser.parse(text, { instant: referenceInstant(options.documentDate), timezone: 0 }) as Result[]
  return results.map((result) => {
    const { rule, value } = resultValue(result)
    const t = trimmed(result.text, result.index)
    const parsed = value === null ? null : parseDate(value)
    const date = parsed?.ok ? parsed.date : null
    const interval = date ? dateInterval(date) : null
    return {
      text: t.text,
      start: t.start,
      end: t.start + t.text.length,
      value: date ? value : null,
      precision: date ? date.kind : null,
      interval: interval ? [interval.start, interval.end] : null,
      rule,
    }
  })
}
