/**
 * Temporal expressions in a document's text, resolved against the document's date into the
 * dataset's date grammar (src/model/date). Built on chrono-node: our named rules (rules.ts) are
 * added as chrono parsers, and small refiners drop matches in markup and photo credits, join
 * "A or B" into alternatives and tidy the matched text. See docs/decisions/0004-temporal-expressions.md.
 */
import type * as chrono from 'chrono-node'
// The two locales by their own entries: chrono-node's main entry loads all sixteen (266 modules, a quarter of
// the pipeline's start-up CPU). Each entry is the very module the main entry re-exports as `en` or `ru`.
import { casual as enCasual } from 'chrono-node/en'
import { casual as ruCasual } from 'chrono-node/ru'
import { dateInterval, parseDate, type Precision } from '../../model/date'
import { isAnaphor, resolveAnaphora, type Anaphor } from './anaphora'
import { dayValue, refDay, valid, type RefDay } from './resolve'
import { ruleReason } from './reasons'
import {
  alternativeRefiner,
  commaYearFilter,
  exclusionRefiner,
  impliedYearRefiner,
  leadingOnRefiner,
  protectOurs,
  timeOnlyFilter,
  trailingPunctuationRefiner,
  weekdayDayRefiner,
  wordPieceFilter,
} from './refiners'
import { rulesFor, type Groups, type Rule } from './rules'
import { bySegments } from './segment'
import { tenseCueAt, tenseReason, type TenseCue } from './tense'
import { resolutions, resultValue, type Result } from './values'

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
        get preceding() {
          return context.text.slice(0, index)
        },
      }
      const resolved = rule.resolve(groups, ref, match[0], clause)
      if (resolved === undefined) return null
      const anaphor = isAnaphor(resolved) ? resolved : undefined
      const given = typeof resolved === 'object' && resolved !== null && !isAnaphor(resolved) ? resolved : undefined
      const raw = anaphor ? null : given ? given.value : (resolved as string | null)
      const value = raw === null ? null : valid(raw)
      if (raw !== null && value === null) return null
      const why = given?.reason ?? (cue ? tenseReason(cue) : ruleReason(rule, groups, value))
      // A span says so, as chrono's ranges do (values.ts): "span: future: governed by 'will be sent'".
      const reason = value?.includes('/') && !why.startsWith('span') ? `span: ${why}` : why
      const anchor = value === null ? null : dateInterval((parseDate(value) as { ok: true; date: never }).date).start
      const [y, mo, d] = (anchor ?? dayValue(ref.year, ref.month, ref.day)).split('-').map(Number)
      const result = context.createParsingResult(index, match[0], { year: y ?? ref.year, month: mo ?? 1, day: d ?? 1 })
      result.addTag(`rule/${rule.name}`)
      resolutions.set(result.start, { rule: rule.name, value, reason, ...(anaphor ? { anaphor } : {}) })
      return result
    },
  }
}

function makeParser(language: 'ru' | 'en', ref: RefDay): chrono.Chrono {
  const base = language === 'ru' ? ruCasual : enCasual
  const parser = base.clone()
  parser.parsers.unshift(...rulesFor(language).map((rule) => ruleParser(rule, ref)))
  // Both filters drop a lone "May" or "1956"; our rules already decline the verb "may" and guard their years.
  const filters = new Set(['UnlikelyFormatFilter', 'ENUnlikelyFormatFilter'])
  parser.refiners = parser.refiners.map((r) => (filters.has(r.constructor.name) ? protectOurs(r) : r))
  parser.refiners.unshift(wordPieceFilter, commaYearFilter, trailingPunctuationRefiner)
  parser.refiners.push(
    exclusionRefiner,
    timeOnlyFilter,
    impliedYearRefiner(language, ref),
    weekdayDayRefiner,
    alternativeRefiner,
    leadingOnRefiner,
  )
  return parser
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
