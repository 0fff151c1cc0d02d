/**
 * The dataset contract, shared by the pipeline (which writes it) and the app (which reads it).
 * One zod schema per record; the JSON Schema in build/dataset.schema.json is generated from these.
 */
import './zod-config'
import { z } from 'zod'
import { parseDate } from './date'
import { storySchema } from './story'

import { DOCUMENT_KINDS, EVENT_KINDS, LANGUAGES, STATUSES, TOPIC_IDS } from './constants'

export * from './constants'

export const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'an id is lowercase latin letters, digits and "-"')
/** A high surrogate without its low half, or a low one without its high half: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !LONE_SURROGATE.test(value), 'broken Unicode: a lone surrogate (half of a UTF-16 pair)')

export const localizedSchema = z.strictObject({ ru: text, en: text })

export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    const result = parseDate(value)
    return result.ok && result.date.kind === 'day'
  }, 'not a calendar day')

export const dateStringSchema = z.string().superRefine((value, ctx) => {
  const result = parseDate(value)
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error })
})

export const topicSchema = z.strictObject({
  id: z.enum(TOPIC_IDS),
  label: localizedSchema,
  description: localizedSchema.optional(),
  color: z.string().regex(/^#[0-9a-f]{6}$/, 'a colour is #rrggbb in lowercase'),
})
export type Topic = z.infer<typeof topicSchema>

export const personSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  role: localizedSchema.optional(),
  aliases: z.array(text).default([]),
})
export type Person = z.infer<typeof personSchema>

export const placeSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  aliases: z.array(text).default([]),
})
export type Place = z.infer<typeof placeSchema>

export const ignoredExpressionSchema = z.strictObject({ text, reason: text })

/** `data/sources/<id>.meta.yaml` */
export const documentMetaSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  published: isoDaySchema,
  place: idSchema.optional(),
  language: z.enum(LANGUAGES),
  publisher: localizedSchema,
  kind: z.enum(DOCUMENT_KINDS),
  /** Only http(s): `z.url()` alone accepts `javascript:` and `data:`, which must never become a link. */
  url: z.url({ protocol: /^https?$/, error: 'a URL must start with http:// or https://' }).optional(),
  licence: text.optional(),
  /** The file name the document arrived under, where it differs from `<id>.txt`. */
  receivedAs: text.optional(),
  /** SHA-256 of `<id>.txt` as received: the pipeline proves the text is unchanged. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lowercase hex digits'),
  ignore: z.array(ignoredExpressionSchema).default([]),
})
export type DocumentMeta = z.infer<typeof documentMetaSchema>

export const sourceRefSchema = z.strictObject({
  document: idSchema,
  /** Verbatim from the document's display text, in the document's language. */
  quote: text,
  /** Editorial translation of the quote into the other language. */
  translation: text,
})

/** One event as curated in `data/events/*.yaml`. */
export const eventInputSchema = z.strictObject({
  id: idSchema,
  date: dateStringSchema,
  approx: z.boolean().default(false),
  status: z.enum(STATUSES),
  kind: z.enum(EVENT_KINDS),
  title: localizedSchema,
  summary: localizedSchema,
  topics: z.array(z.enum(TOPIC_IDS)).min(1, 'an event has at least one topic'),
  people: z.array(idSchema).default([]),
  places: z.array(idSchema).default([]),
  related: z.array(idSchema).default([]),
  sources: z.array(sourceRefSchema).min(1, 'an event cites at least one source'),
})
export type EventInput = z.infer<typeof eventInputSchema>

/** `data/events/*.yaml`: a file holds a list under `events`. */
export const eventsFileSchema = z.strictObject({ events: z.array(z.unknown()) })

/** `data/topics.yaml`, `data/people.yaml`, `data/places.yaml`, `data/dataset.yaml` */
export const datasetInfoSchema = z.strictObject({ title: localizedSchema, description: localizedSchema.optional() })

// ---- the built dataset (build/dataset.json) ----

export const builtSourceSchema = sourceRefSchema.extend({
  /** UTF-16 offsets of the quote in the document's display text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type BuiltSource = z.infer<typeof builtSourceSchema>

export const builtEventSchema = eventInputSchema.extend({
  sources: z.array(builtSourceSchema).min(1),
  /** The date's interval, first and last day inclusive. */
  start: isoDaySchema,
  end: isoDaySchema,
  /** Publication date of the latest source: "planned, as of …". */
  asOf: isoDaySchema,
})
export type DatasetEvent = z.infer<typeof builtEventSchema>

export const builtDocumentSchema = documentMetaSchema.omit({ ignore: true }).extend({
  eventCount: z.number().int().nonnegative(),
})
export type DatasetDocument = z.infer<typeof builtDocumentSchema>

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(1),
  meta: z.strictObject({
    title: localizedSchema,
    description: localizedSchema.optional(),
    buildDate: isoDaySchema,
  }),
  topics: z.array(topicSchema),
  people: z.array(personSchema),
  places: z.array(placeSchema),
  documents: z.array(builtDocumentSchema),
  events: z.array(builtEventSchema),
  /** Named presentations (`data/stories/*.yaml`), in id order. */
  stories: z.array(storySchema).optional(),
})
export type Dataset = z.infer<typeof datasetSchema>

/** `build/documents/<id>.json` */
export const documentTextSchema = z.strictObject({
  id: idSchema,
  language: z.enum(LANGUAGES),
  /** The received text with HTML tags removed; always rendered as text. */
  text: z.string(),
})
export type DocumentText = z.infer<typeof documentTextSchema>

// ---- vocabulary files ----
export const topicsFileSchema = z.strictObject({ topics: z.array(z.unknown()) })
export const peopleFileSchema = z.strictObject({ people: z.array(z.unknown()) })
export const placesFileSchema = z.strictObject({ places: z.array(z.unknown()) })
