/**
 * Chrono refiners: drop matches in markup and photo credits and bare times of day, give a day or month
 * read without a year the clause's tense, join "A or B" into alternatives and tidy the matched text.
 */
import type * as chrono from 'chrono-node'
import { dateInterval, parseDate } from '../../model/date'
import { dayValue, monthValue, monthYear, valid, type RefDay } from './resolve'
import { tenseCueAt, tenseReason } from './tense'
import { resolutions, resolve, type Resolution, type Result } from './values'

/**
 * Spans of text that hold no expressions: HTML tags, URLs, file paths, photo credits ("© … " to the line's end),
 * greetings ("Good afternoon").
 */
export function excludedZones(text: string): [number, number][] {
  const zones: [number, number][] = []
  const patterns = [
    /<[^>]*>/g,
    /\b(?:https?:\/\/|www\.)[^\s<>"]+/g,
    /©[^\n<]*/g,
    /(?:\/[\w.-]+){2,}/g,
    // Photo credits to the end of the line: "Photo: Cabinet Public Relations Office, 02.09.2016", "Фото: …/ТАСС".
    /(?<![\p{L}])(?:Photo(?:\s+credit)?|Photograph|Фото|Фотография|Источник\s+фото)\s*:[^\n<]*/giu,
    // A greeting names no time: "Good afternoon", «Добрый вечер».
    /(?<![\p{L}])(?:good\s+(?:morning|afternoon|evening|night)|добр(?:ый|ое|ой)\s+(?:день|вечер|утро|ночи))(?![\p{L}])/giu,
    // A night spent somewhere is a stay, not a time: "spent the night on a ship".
    /(?<![\p{L}])(?:spen[dt]|spends|spending)\s+(?:the|a)\s+night(?![\p{L}])/giu,
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

export const exclusionRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const zones = excludedZones(context.text)
    return results.filter((r) => !zones.some(([s, e]) => r.index < e && r.index + r.text.length > s))
  },
}

/**
 * Chrono's Russian month names end at no word boundary (JavaScript's \b knows no Cyrillic), so it reads «Май» in
 * «Майнити» and «Март» in «Мартовский»: a match of chrono's that ends inside a word is a piece of that word, as is
 * one that begins with a whole word glued to the next («последней» read as «после дней»).
 */
export const wordPieceFilter: chrono.Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      if (resolutions.has(r.start)) return true
      const end = r.index + r.text.length
      // «последней» is no «после дней»: chrono's relative units need no space after «после» or «через».
      if (/^(?:после|через|спустя)\p{L}/iu.test(r.text)) return false
      return !(/\p{L}$/u.test(r.text) && /^\p{L}/u.test(context.text.slice(end, end + 1)))
    }),
}

/** Chrono's Russian parsers take a trailing comma into the match ("в октябре,"); it is not part of the expression. */
export const trailingPunctuationRefiner: chrono.Refiner = {
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
export function impliedYearRefiner(language: 'ru' | 'en', ref: RefDay): chrono.Refiner {
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

const NAMES_YEAR = /^(?:explicit year|relative:)/

/**
 * "в июле или в августе следующего года", "in July or August next year": a year named after the second
 * alternative is the first one's too (the year before, when the first would come after the second).
 */
function sharedYear(a: Resolution, aText: string, b: Resolution): string | null {
  if (!a.value || !b.value || !NAMES_YEAR.test(b.reason) || NAMES_YEAR.test(a.reason) || /\d{4}/.test(aText))
    return null
  const first = /^(\d{4})(-[^|/]+)$/.exec(a.value)
  const year = /^(\d{4})-/.exec(b.value)?.[1]
  if (!first || !year) return null
  const same = `${year}${first[2]}`
  return valid(`${same}|${b.value}`) ? same : `${Number(year) - 1}${first[2]}`
}

/** "A or B", "A или B", and two bare months "July, August" → one result whose value is the alternative `A|B`. */
export const alternativeRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const out: Result[] = []
    for (const result of results) {
      const prev = out[out.length - 1]
      if (prev && !prev.end && !result.end) {
        const between = context.text.slice(prev.index + prev.text.length, result.index)
        const a = resolve(prev.start)
        const b = resolve(result.start)
        const months = /^\d{4}-\d{2}$/.test(a.value ?? '') && /^\d{4}-\d{2}$/.test(b.value ?? '')
        // «в июле, или, например, в октябре»: a parenthetical word after «или» does not part the alternatives.
        const joined =
          /^\s*,?\s*(?:or|(?:или|либо)(?:\s*,?\s*(?:например|скажем|допустим|возможно)\s*,)?)\s*$/iu.test(between) ||
          (months && /^\s*,\s*$/.test(between))
        if (joined && a.value && b.value && !a.value.includes('|')) {
          const shared = sharedYear(a, prev.text, b)
          const value = shared
            ? valid(`${shared}|${b.value}`)
            : (valid(`${a.value}|${b.value}`) ??
              valid(`${a.value}|${String(Number(b.value.slice(0, 4)) + 1)}${b.value.slice(4)}`))
          if (value) {
            const merged = context.createParsingResult(
              prev.index,
              result.index + result.text.length,
              prev.start.clone(),
            )
            const reason = shared ? `alternatives: ${b.reason}, the year named for both` : `alternatives: ${a.reason}`
            resolutions.set(merged.start, { rule: 'alternative', value, reason })
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
export const timeOnlyFilter: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((r) => {
      const c = r.start
      const dated = c.isCertain('day') || c.isCertain('month') || c.isCertain('year') || c.isCertain('weekday')
      return dated || !c.isCertain('hour') || resolutions.has(c)
    }),
}

/** Chrono's UnlikelyFormatFilter drops bare numbers such as "1956"; our own results pass through it untouched. */
export function protectOurs(refiner: chrono.Refiner): chrono.Refiner {
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

/**
 * Chrono reads a number after a day and a comma as a two-digit year ("28 августа, 65-летний …" → 1965); our
 * rules find the day alone, so chrono's longer match is dropped before overlaps are resolved.
 */
export const commaYearFilter: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((r) => resolutions.has(r.start) || !/,\s*\d{2}$/u.test(r.text.trimEnd())),
}

/** A weekday read alone: one of our weekday rules, or chrono's weekday without a day. */
function weekdayOnly(result: Result): boolean {
  const ours = resolutions.get(result.start)
  // «утром в среду, 28 ноября», «на следующей неделе во вторник, 22 января»: a weekday too.
  if (ours) return /\.(?:part-of-day-|week-)?weekday$/.test(ours.rule)
  return result.start.isCertain('weekday') && !result.start.isCertain('day')
}

/** A week that holds the given day («на следующей неделе» before «22 января»). */
function holds(result: Result, day: string): boolean {
  const value = resolve(result.start).value
  if (!value || !/^\d{4}-W\d{2}$/.test(value)) return false
  const parsed = parseDate(value)
  if (!parsed.ok) return false
  const { start, end } = dateInterval(parsed.date)
  return start <= day && day <= end
}

/**
 * "Wednesday, April 6", «в среду, 14 ноября», «на следующей неделе, во вторник, 22 января»: a weekday or a week
 * and the day it names are one expression, whose value is the day's. «Сегодня, 1 сентября» stays two, as the
 * gold sets annotate it.
 */
export const weekdayDayRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const out: Result[] = []
    for (const result of results) {
      const day = resolve(result.start)
      let merged: Result | null = null
      let reason = day.reason
      if (!result.end && /^\d{4}-\d{2}-\d{2}$/.test(day.value ?? '')) {
        for (let prev = out[out.length - 1]; prev; prev = out[out.length - 1]) {
          const head = merged ?? result
          const between = context.text.slice(prev.index + prev.text.length, head.index)
          const weekday = weekdayOnly(prev)
          if (!/^\s*,\s*$/.test(between) || !(weekday || holds(prev, day.value ?? ''))) break
          reason = weekday ? `${day.reason} (its weekday named before it)` : `${day.reason} (the day named beside it)`
          merged = context.createParsingResult(prev.index, result.index + result.text.length, result.start.clone())
          out.pop()
        }
      }
      if (merged) {
        resolutions.set(merged.start, { ...day, reason })
        out.push(merged)
        continue
      }
      out.push(result)
    }
    return out
  },
}

/**
 * Our day ranges match with a leading "on" ("on September 5–8"), so they outlast chrono's reading of "8\n\nSeptember 4"
 * across a blank line; the "on" is then dropped, as chrono drops it from its own ranges.
 */
export const leadingOnRefiner: chrono.Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const lead = /^on\s+/i.exec(result.text)
      if (lead && resolutions.get(result.start)?.rule === 'en.day-range') {
        result.index += lead[0].length
        result.text = result.text.slice(lead[0].length)
      }
    }
    return results
  },
}
