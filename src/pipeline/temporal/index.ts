/**
 * Temporal expressions in a document's text, resolved against the document's date into the
 * dataset's date grammar (src/model/date). Built on chrono-node: our named rules (rules.ts) are
 * added as chrono parsers, and small refiners drop matches in markup and photo credits, join
 * "A or B" into alternatives and tidy the matched text. See docs/decisions/0004-temporal-expressions.md.
 */
import * as chrono from 'chrono-node'
import { dateInterval, parseDate, type Precision } from '../../model/date'
import { isAnaphor, resolveAnaphora, type Anaphor } from './anaphora'
import { dayValue, monthValue, monthYear, refDay, valid, type RefDay } from './resolve'
import { ruleReason } from './reasons'
import { rulesFor, type Groups, type Rule } from './rules'
import { bySegments } from './segment'
import { tenseCueAt, tenseReason, type TenseCue } from './tense'

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
  /** Why it resolved to this value: "future: governed by 'состоится'", "anaphoric: the day after …". */
  reason?: string
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
  reason: string
  /** Resolved after parsing, against the last date the text named (anaphora.ts). */
  anaphor?: Anaphor
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
      // The tense is worked out only when the rule reads it, and then it is the reason for the value.
      let cue: TenseCue | null = null
      const clause = {
        get tense() {
          cue ??= tenseCueAt(context.text, index, index + match[0].length, rule.language)
          return cue.tense
        },
      }
      const resolved = rule.resolve(groups, ref, match[0], clause)
      if (resolved === undefined) return null
      const anaphor = isAnaphor(resolved) ? resolved : undefined
      const given = typeof resolved === 'object' && resolved !== null && !isAnaphor(resolved) ? resolved : undefined
      const raw = anaphor ? null : given ? given.value : (resolved as string | null)
      const value = raw === null ? null : valid(raw)
      if (raw !== null && value === null) return null
      const reason = given?.reason ?? (cue ? tenseReason(cue) : ruleReason(rule, groups, value))
      const anchor = value === null ? null : dateInterval((parseDate(value) as { ok: true; date: never }).date).start
      const [y, mo, d] = (anchor ?? dayValue(ref.year, ref.month, ref.day)).split('-').map(Number)
      const result = context.createParsingResult(index, match[0], { year: y ?? ref.year, month: mo ?? 1, day: d ?? 1 })
      result.addTag(`rule/${rule.name}`)
      resolutions.set(result.start, { rule: rule.name, value, reason, ...(anaphor ? { anaphor } : {}) })
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
    for (const match of text.matchAll(pattern)) {
      // "12/02/2016" is a date, not a path.
      if (/^[\d/]+$/.test(match[0])) continue
      zones.push([match.index, match.index + match[0].length])
    }
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
        const cue = tenseCueAt(context.text, result.index, result.index + result.text.length, language)
        if (cue.tense === null) continue
        const year = monthYear(ref, month, cue.tense)
        const value = c.isCertain('day') && day !== null ? dayValue(year, month, day) : monthValue(year, month)
        resolutions.set(c, { rule: 'chrono+tense', value: valid(value), reason: tenseReason(cue) })
      }
      return results
    },
  }
}

/** "A or B", "A или B", and two bare months "July, August" → one result whose value is the alternative `A|B`. */
const alternativeRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const out: Result[] = []
    for (const result of results) {
      const prev = out[out.length - 1]
      if (prev && !prev.end && !result.end) {
        const between = context.text.slice(prev.index + prev.text.length, result.index)
        const a = resolve(prev.start)
        const b = resolve(result.start)
        const months = /^\d{4}-\d{2}$/.test(a.value ?? '') && /^\d{4}-\d{2}$/.test(b.value ?? '')
        const joined = /^\s*,?\s*(?:or|или|либо)\s*$/iu.test(between) || (months && /^\s*,\s*$/.test(between))
        if (joined && a.value && b.value && !a.value.includes('|')) {
          const value =
            valid(`${a.value}|${b.value}`) ??
            valid(`${a.value}|${String(Number(b.value.slice(0, 4)) + 1)}${b.value.slice(4)}`)
          if (value) {
            const merged = context.createParsingResult(
              prev.index,
              result.index + result.text.length,
              prev.start.clone(),
            )
            resolutions.set(merged.start, { rule: 'alternative', value, reason: `alternatives: ${a.reason}` })
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

/** A time of day alone ("03:26" in a page's header) names no date of the grammar: it is not an expression here. */
const timeOnlyFilter: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((r) => {
      const c = r.start
      const dated = c.isCertain('day') || c.isCertain('month') || c.isCertain('year') || c.isCertain('weekday')
      return dated || !c.isCertain('hour') || resolutions.has(c)
    }),
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
  // Both filters drop a lone "May" or "1956"; our rules already decline the verb "may" and guard their years.
  const filters = new Set(['UnlikelyFormatFilter', 'ENUnlikelyFormatFilter'])
  parser.refiners = parser.refiners.map((r) => (filters.has(r.constructor.name) ? protectOurs(r) : r))
  parser.refiners.unshift(trailingPunctuationRefiner)
  parser.refiners.push(exclusionRefiner, timeOnlyFilter, impliedYearRefiner(language, ref), alternativeRefiner)
  return parser
}

/** The value of one chrono component set: ours where a rule made it, else from chrono's certain components. */
function resolve(components: Components): Resolution {
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

function resultValue(result: Result): Resolution {
  const start = resolve(result.start)
  if (!result.end) return start
  const end = resolve(result.end)
  if (start.value === null || end.value === null) return { rule: start.rule, value: null, reason: 'not a date' }
  if (start.value === end.value) return start
  const span = valid(`${start.value}/${end.value}`)
  const reason = start.reason === end.reason ? start.reason : `${start.reason}; ${end.reason}`
  return { rule: start.rule === end.rule ? start.rule : 'span', value: span, reason: `span: ${reason}` }
}

/** Leading and trailing white space is not part of an expression. */
function trimmed(text: string, index: number): { text: string; start: number } {
  const lead = text.length - text.trimStart().length
  return { text: text.trim(), start: index + lead }
}

/**
 * In bounded segments of the text, so a long document costs linear time (segment.ts); anaphors are resolved
 * afterwards over the whole text, so their anchor may lie in an earlier segment.
 */
export function detectTemporalExpressions(text: string, options: DetectOptions): TemporalExpression[] {
  const found = bySegments(text, (segment) => detectInSegment(segment, options))
  return resolveAnaphora(text, found, options.documentDate).map(({ anaphor: _anaphor, value, reason, ...e }) => {
    const parsed = value === null ? null : parseDate(value)
    const date = parsed?.ok ? parsed.date : null
    const interval = date ? dateInterval(date) : null
    return {
      ...e,
      value: date ? value : null,
      precision: date ? date.kind : null,
      interval: interval ? [interval.start, interval.end] : null,
      reason,
    }
  })
}

interface Found {
  text: string
  start: number
  end: number
  value: string | null
  rule: string
  reason: string
  anaphor?: Anaphor
}

function detectInSegment(text: string, options: DetectOptions): Found[] {
  const ref = refDay(options.documentDate)
  const parser = makeParser(options.language, ref)
  const results = parser.parse(text, { instant: referenceInstant(options.documentDate), timezone: 0 }) as Result[]
  return results.map((result) => {
    const { rule, value, reason, anaphor } = resultValue(result)
    const t = trimmed(result.text, result.index)
    return { text: t.text, start: t.start, end: t.start + t.text.length, value, rule, reason, anaphor }
  })
}
