/**
 * The vocabularies of the dataset contract (docs/decisions/0015-data-contract-v2.md): topics.yaml, kinds.yaml,
 * people.yaml, places.yaml, periods.yaml and dataset.yaml. schema.ts re-exports them with the rest of the contract.
 */
import { z } from 'zod'
import { LANGUAGES, SCHEMA_VERSION } from './constants'
import { colorSchema, dateStringSchema, httpUrl, idSchema, keywordsSchema, localized, text } from './fields'

export const topicSchema = z.strictObject({
  id: idSchema.describe('The topic id, used by events and in links (`?topics=`).'),
  label: localized('label').describe('The topic name shown in the filter and the legend.'),
  description: localized('description').optional().describe('A longer explanation, shown as a hint.'),
  color: colorSchema,
  keywords: keywordsSchema.optional(),
})
export type Topic = z.infer<typeof topicSchema>

export const kindSchema = z.strictObject({
  id: idSchema.describe('The kind id, used by events and in links (`?kind=`).'),
  label: localized('label').describe('The kind name shown in the panel, the filters and the grouping.'),
  description: localized('description').optional().describe('What counts as this kind.'),
  keywords: keywordsSchema.optional(),
})
export type Kind = z.infer<typeof kindSchema>

export const personSchema = z.strictObject({
  id: idSchema,
  name: localized('name').describe('The name as written in each language.'),
  role: localized('label').optional().describe('The role or office, as a short phrase.'),
  aliases: z
    .array(text('name'))
    .default([])
    .describe('Other spellings and short forms, in any language, by which the tools recognise the person.'),
})
export type Person = z.infer<typeof personSchema>

export const placeSchema = z.strictObject({
  id: idSchema,
  name: localized('name').describe('The name as written in each language.'),
  aliases: z.array(text('name')).default([]).describe('Other spellings, by which the tools recognise the place.'),
})
export type Place = z.infer<typeof placeSchema>

export const periodSchema = z.strictObject({
  id: idSchema,
  start: dateStringSchema.describe('The first date of the period (date grammar).'),
  end: dateStringSchema.describe('The last date of the period (date grammar); not before `start`.'),
  label: localized('label').describe('The period name, drawn on its band.'),
  color: colorSchema.optional(),
})
export type Period = z.infer<typeof periodSchema>

/** `dataset.yaml` */
export const datasetInfoSchema = z.strictObject({
  schemaVersion: z
    .literal(SCHEMA_VERSION, {
      error: (issue) =>
        issue.input === undefined
          ? `missing: a data folder of this version says schemaVersion: ${SCHEMA_VERSION} (a folder without it is version 1: see "Migrating from version 1" in the README)`
          : `this pipeline reads version ${SCHEMA_VERSION} (see "Migrating from version 1" in the README)`,
    })
    .describe(`The version of the data folder's format: ${SCHEMA_VERSION}.`),
  title: localized('title').describe("The dataset's title: the page <title>, the header and the exports."),
  description: localized('description').optional().describe("One or two sentences: the page's meta description."),
  language: z
    .enum(LANGUAGES)
    .default('en')
    .describe("The default language: the built page's <html lang> and the app's first language."),
  publicUrl: httpUrl.optional().describe('Where the built site is published, for links in exports.'),
})
export type DatasetInfo = z.infer<typeof datasetInfoSchema>

// ---- the files: each holds a list under its name ----
export const topicsFileSchema = z.strictObject({ topics: z.array(z.unknown()) })
export const kindsFileSchema = z.strictObject({ kinds: z.array(z.unknown()) })
export const peopleFileSchema = z.strictObject({ people: z.array(z.unknown()) })
export const placesFileSchema = z.strictObject({ places: z.array(z.unknown()) })
export const periodsFileSchema = z.strictObject({ periods: z.array(z.unknown()) })
