/**
 * The dataset contract, version 2 (docs/decisions/0015-data-contract-v2.md), shared by the pipeline (which writes
 * it) and the app (which reads it). One zod schema per record; every field says what it is with `.describe()`,
 * from which the README's "The data" section and the JSON Schema in build/dataset.schema.json are generated.
 */
import './zod-config'
import { z } from 'zod'
import { dateStringSchema, httpUrl, idSchema, isoDaySchema, localized, optionalText, text } from './fields'
import { kindSchema, periodSchema, personSchema, placeSchema, topicSchema } from './vocabulary-schema'

import { storySchema } from './story'

import { DOCUMENT_KINDS, LANGUAGES, MEDIA_TYPES, SCHEMA_VERSION, STATUSES } from './constants'

export * from './constants'
export * from './vocabulary-schema'

export const localizedSchema = localized('title')
export type Localized = z.infer<typeof localizedSchema>

// ---- documents: sources/<id>.meta.yaml ----

export const ignoredExpressionSchema = z.strictObject({
  text: text('quote').describe('The temporal expression as the document writes it.'),
  reason: text('reason').describe('Why no event cites it.'),
})

/** `data/sources/<id>.meta.yaml` */
export const documentMetaSchema = z.strictObject({
  id: idSchema.describe('The file name without `.meta.yaml`, the same as its text `<id>.txt`.'),
  title: localized('title'),
  published: isoDaySchema.describe('The publication day (YYYY-MM-DD): relative dates in the text resolve against it.'),
  place: idSchema.optional().describe('Where it was published or said, a place id.'),
  language: z.enum(LANGUAGES).describe('The language of the text.'),
  publisher: localized('name'),
  kind: z.enum(DOCUMENT_KINDS).describe('What the document is.'),
  url: httpUrl.optional().describe('Where it was found (http or https).'),
  licence: text('label').optional().describe('Its licence or terms of use, as stated by the publisher.'),
  receivedAs: text('name').optional().describe('The file name the document arrived under, where it differs.'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lowercase hex digits')
    .describe('SHA-256 of `<id>.txt` as received: the pipeline proves the text is unchanged.'),
  ignore: z
    .array(ignoredExpressionSchema)
    .default([])
    .describe('Temporal expressions of the text that no event cites, each with a reason.'),
})
export type DocumentMeta = z.infer<typeof documentMetaSchema>

// ---- events: events/*.yaml ----

export const dateNoteSchema = z
  .strictObject({
    coarser: z
      .boolean()
      .default(false)
      .describe("true: the quote names a coarser period holding the event's date (another source gives it)."),
    reason: text('reason').describe("Why the quote's own dates do not give the event's date."),
  })
  .describe("An exception: the tagger's dates in this quote do not include the event's date, and why.")

/** A quote checked against a document of the corpus. */
export const documentSourceSchema = z.strictObject({
  document: idSchema.describe('The id of a document in sources/.'),
  quote: text('quote').describe("Verbatim from the document's display text, in the document's language."),
  translation: optionalText('quote').describe('Editorial translation of the quote into the other language.'),
  dateNote: dateNoteSchema.optional(),
})
export type DocumentSource = z.infer<typeof documentSourceSchema>

/** A source that is only a link (imported timelines): not checked against a document. */
export const linkSourceSchema = z.strictObject({
  kind: z.literal('link').describe('"link": a web page, not a document of the corpus.'),
  url: httpUrl.describe('The page (http or https).'),
  label: localized('title').describe('The link text.'),
})
export type LinkSource = z.infer<typeof linkSourceSchema>

export const sourceRefSchema = z.union([documentSourceSchema, linkSourceSchema])
export type SourceRef = z.infer<typeof sourceRefSchema>

export const isLinkSource = (source: SourceRef): source is LinkSource => 'kind' in source
export const isDocumentSource = (source: SourceRef): source is DocumentSource => !('kind' in source)

export const mediaSchema = z
  .strictObject({
    file: z
      .string()
      .regex(
        /^media\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/,
        'a media file is media/<name> (latin letters, digits, ".", "_", "-")',
      )
      .optional()
      .describe('An image in the data folder, media/<name> (PNG, JPEG, GIF or WebP, at most 2 MB).'),
    url: httpUrl
      .optional()
      .describe('A remote media page (http or https), shown as a link: never embedded or fetched.'),
    alt: localized('alt').describe('What the image shows, for screen readers (or the link text for a URL).'),
    caption: localized('caption').optional(),
    credit: localized('credit').optional().describe('Author and licence; required for a file.'),
  })
  .refine((m) => (m.file === undefined) !== (m.url === undefined), 'a media item has either a file or a url')
  .refine((m) => m.file === undefined || m.credit !== undefined, 'a media file needs a credit (author and licence)')

export const distinctFromSchema = z.strictObject({
  event: idSchema.describe('An event that looks like a duplicate of this one but is not.'),
  reason: text('reason').describe('What tells the two apart.'),
})

/**
 * The review of a planned event whose date has passed and that no later document resolves: the curator looked
 * and says why the outcome stays unknown (only on a planned event).
 */
export const outcomeSchema = z.strictObject({
  status: z.literal('unknown').describe('"unknown": no document of the corpus says whether it took place.'),
  reason: localized('reason').describe('What the curator found (or did not): shown beside the planned badge.'),
})

/** One event as curated in `data/events/*.yaml`. */
export const eventInputSchema = z.strictObject({
  id: idSchema,
  date: dateStringSchema,
  approx: z.boolean().default(false).describe('The date is inferred, not stated: shown as "about".'),
  status: z.enum(STATUSES).describe('held, or planned as of the latest source.'),
  kind: idSchema.describe('A kind id from kinds.yaml.'),
  title: localized('title'),
  summary: localized('summary'),
  topics: z.array(idSchema).min(1, 'an event has at least one topic').describe('Topic ids from topics.yaml.'),
  people: z.array(idSchema).default([]).describe('Person ids from people.yaml.'),
  places: z.array(idSchema).default([]).describe('Place ids from places.yaml.'),
  related: z.array(idSchema).default([]).describe('Other events this one follows from or leads to.'),
  distinctFrom: z
    .array(distinctFromSchema)
    .default([])
    .describe('Events that look like duplicates of this one, each with what tells them apart.'),
  media: z.array(mediaSchema).default([]).describe('Images (files) or remote media (links).'),
  outcome: outcomeSchema
    .optional()
    .describe('For a planned event whose date has passed: why its outcome is unknown (the review of it).'),
  sources: z
    .array(sourceRefSchema)
    // An imported event may arrive with none: a normal build shows it as "not checked against a document",
    // `--strict` refuses it (build-dataset.ts warns).
    .describe('Quotes from documents ({ document, quote, translation }) or links ({ kind: link, url, label }).'),
})
export type EventInput = z.infer<typeof eventInputSchema>

/** `data/events/*.yaml`: a file holds a list under `events`. */
export const eventsFileSchema = z.strictObject({ events: z.array(z.unknown()) })

// ---- the built dataset (build/dataset.json) ----

/**
 * Where a record has untranslated texts: their paths inside the record ("title.ru", "sources.0.translation"). The
 * app marks those fields; a record without any has no `untranslated`.
 */
const untranslatedSchema = z
  .array(z.string())
  .optional()
  .describe('Paths of the untranslated texts in this record ("title.ru"), for the app\'s "untranslated" marker.')

/** A quote as built: the document source with its offsets (the `dateNote` stays in the YAML). */
export const builtSourceSchema = documentSourceSchema.omit({ dateNote: true }).extend({
  /** UTF-16 offsets of the quote in the document's display text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type BuiltSource = z.infer<typeof builtSourceSchema>

export const builtMediaSchema = z.union([
  z.strictObject({
    file: z.string(),
    type: z.enum(MEDIA_TYPES),
    bytes: z.number().int().positive(),
    alt: localized('alt'),
    caption: localized('caption').optional(),
    credit: localized('credit'),
  }),
  z.strictObject({
    url: z.string(),
    alt: localized('alt'),
    caption: localized('caption').optional(),
    credit: localized('credit').optional(),
  }),
])
export type BuiltMedia = z.infer<typeof builtMediaSchema>

export const builtEventSchema = eventInputSchema.extend({
  /** The quotes from documents, with their offsets (empty when the event has only links). */
  sources: z.array(builtSourceSchema),
  /** The sources of kind "link": not checked against a document (the app says so). */
  links: z.array(linkSourceSchema.omit({ kind: true })),
  media: z.array(builtMediaSchema),
  /** The date's interval, first and last day inclusive. */
  start: isoDaySchema,
  end: isoDaySchema,
  /**
   * "planned, as of …": the publication date of the latest document source; for an event with only links,
   * the build date (nothing else dates what a link says).
   */
  asOf: isoDaySchema,
  untranslated: untranslatedSchema,
})
export type DatasetEvent = z.infer<typeof builtEventSchema>

export const builtDocumentSchema = documentMetaSchema.omit({ ignore: true }).extend({
  eventCount: z.number().int().nonnegative(),
  untranslated: untranslatedSchema,
})
export type DatasetDocument = z.infer<typeof builtDocumentSchema>

const marked = { untranslated: untranslatedSchema }

export const builtPeriodSchema = periodSchema.extend({ ...marked, startDay: isoDaySchema, endDay: isoDaySchema })

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: z.strictObject({
    title: localized('title'),
    description: localized('description').optional(),
    language: z.enum(LANGUAGES),
    publicUrl: z.string().optional(),
    buildDate: isoDaySchema,
    untranslated: untranslatedSchema,
  }),
  topics: z.array(topicSchema.omit({ keywords: true }).extend(marked)),
  kinds: z.array(kindSchema.omit({ keywords: true }).extend(marked)),
  people: z.array(personSchema.extend(marked)),
  places: z.array(placeSchema.extend(marked)),
  periods: z.array(builtPeriodSchema),
  documents: z.array(builtDocumentSchema),
  events: z.array(builtEventSchema),
  /** Named presentations (`data/stories/*.yaml`), in id order. */
  stories: z.array(storySchema).optional(),
})
export type Dataset = z.infer<typeof datasetSchema>
export type DatasetKind = Dataset['kinds'][number]

/** `build/documents/<id>.json` */
export const documentTextSchema = z.strictObject({
  id: idSchema,
  language: z.enum(LANGUAGES),
  /** The received text with HTML tags removed; always rendered as text. */
  text: z.string(),
})
export type DocumentText = z.infer<typeof documentTextSchema>
