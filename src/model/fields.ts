/**
 * The field rules every record of the dataset shares: ids, texts with their length limits, pairs of texts in
 * both languages, days and dates, web addresses, colours, keywords. schema.ts and story.ts build on these (one
 * definition, no import cycle).
 */
import './zod-config'
import { z } from 'zod'
import { contrastRatio, MIN_NON_TEXT_CONTRAST } from './color'
import { isCalendarIsoDay, parseDate } from './date'
import { visibleText } from './untranslated'

/** The app's link parser takes ids of at most 100 characters: a longer id could not be linked. */
export const MAX_ID_LENGTH = 100

/** Length limits per kind of text, in UTF-16 units: what the browser lays out and prints without stalling. */
export const TEXT_LIMITS = {
  name: 200,
  label: 200,
  title: 300,
  credit: 500,
  alt: 1000,
  caption: 1000,
  reason: 1000,
  description: 2000,
  summary: 5000,
  quote: 5000,
  note: 5000,
  url: 2000,
} as const
export type TextKind = keyof typeof TEXT_LIMITS

export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, {
    error: (issue) => `an id is at most ${MAX_ID_LENGTH} characters (this one has ${length(issue.input)})`,
  })
  .regex(/^[a-z0-9-]+$/, 'an id is lowercase latin letters, digits and "-"')
  .describe(`Lowercase latin letters, digits and "-", at most ${MAX_ID_LENGTH} characters (it appears in links).`)

/** A high surrogate without its low half, or a low one without its high half: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** C0 controls other than tab and line breaks, DEL and the C1 controls: never meant as text (NUL, BEL...). */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

function length(input: unknown): number {
  return typeof input === 'string' ? input.length : 0
}

/** A text that may be empty (an untranslated side of a pair); every other rule holds. */
export function optionalText(kind: TextKind) {
  const limit = TEXT_LIMITS[kind]
  return z
    .string()
    .trim()
    .max(limit, {
      error: (issue) => `too long: ${length(issue.input)} characters (the limit for a ${kind} is ${limit})`,
    })
    .refine((value) => !LONE_SURROGATE.test(value), 'broken Unicode: a lone surrogate (half of a UTF-16 pair)')
    .refine((value) => !CONTROL.test(value), 'a control character (such as NUL or BEL) is not text')
    .refine((value) => value === '' || visibleText(value) !== '', 'only invisible characters (blank or zero-width)')
}

/** A text that must say something. */
export function text(kind: TextKind) {
  return optionalText(kind).refine((value) => value !== '', 'must not be empty')
}

/**
 * A text in both languages. One side may be empty (untranslated: marked in the built dataset, refused by
 * `--strict`), not both.
 */
export function localized(kind: TextKind) {
  return z
    .strictObject({ ru: optionalText(kind), en: optionalText(kind) })
    .refine((pair) => pair.ru !== '' || pair.en !== '', 'must not be empty (in both languages)')
    .describe(`{ ru, en }: the ${kind} in Russian and English (at most ${TEXT_LIMITS[kind]} characters each).`)
}

export const isoDaySchema = z
  .string()
  // A year before 0001 (docs/dates.md) is ISO 8601's astronomical year with its sign: -0299-01-01 is 300 BC.
  .regex(/^(\d{4}|-\d{4,6})-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    if (value.startsWith('-') || value.startsWith('0000')) return isCalendarIsoDay(value)
    const result = parseDate(value)
    return result.ok && result.date.kind === 'day'
  }, 'not a calendar day')

export const dateStringSchema = z
  .string()
  .superRefine((value, ctx) => {
    const result = parseDate(value)
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error })
  })
  .describe(
    'A date in the date grammar of docs/dates.md ("2018-11-14", "2017-12-MID", "2018-Q1", "2016-12-15/2016-12-16").',
  )

/** Only http(s): `z.url()` alone accepts `javascript:` and `data:`, which must never become a link. */
export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'a URL must start with http:// or https://' })
  .max(2000, 'a URL is at most 2000 characters')

export const colorSchema = z
  .string()
  .regex(/^#[0-9a-f]{6}$/, 'a colour is #rrggbb in lowercase')
  .refine((value) => !/^#[0-9a-f]{6}$/.test(value) || contrastRatio(value, '#ffffff') >= MIN_NON_TEXT_CONTRAST, {
    error: (issue) =>
      `too light to be seen on the page: contrast ${contrastRatio(String(issue.input), '#ffffff').toFixed(2)}:1 against white, at least ${MIN_NON_TEXT_CONTRAST}:1 is needed (WCAG non-text contrast)`,
  })
  .describe(
    `#rrggbb in lowercase, with at least ${MIN_NON_TEXT_CONTRAST}:1 contrast against white: the app draws it as swatches, borders and dots.`,
  )

export const keywordsSchema = z
  .strictObject({ ru: z.array(text('label')).default([]), en: z.array(text('label')).default([]) })
  .describe(
    'Word starts in each language (case-insensitive; several words must follow each other) by which the suggest tool guesses this id for a sentence.',
  )
