/**
 * The closed lists of the dataset's format, as plain constants: the app imports these without pulling zod into
 * its bundle; src/model/schema.ts builds its schemas on them. Nothing here is about a subject: topics, event
 * kinds, people, places and periods are vocabularies of the data folder (`topics.yaml`, `kinds.yaml`, ...).
 */
export const LANGUAGES = ['ru', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** The dataset's other language: ru ↔ en. */
export function otherLanguage(lang: Language): Language {
  return lang === 'ru' ? 'en' : 'ru'
}

/** A topic id, from the data folder's `topics.yaml`. */
export type TopicId = string

/** An event kind id, from the data folder's `kinds.yaml`; its labels are there too. */
export type EventKind = string

export const STATUSES = ['held', 'planned'] as const
export type Status = (typeof STATUSES)[number]

export const DOCUMENT_KINDS = ['press-release', 'news-article', 'transcript'] as const

/** Image types a media file may have, by the magic bytes of its content (not its name). */
export const MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export type MediaType = (typeof MEDIA_TYPES)[number]

/** A media file's size cap: what the app bundles and a slide scales without stalling. */
export const MAX_MEDIA_BYTES = 2 * 1024 * 1024

/** The schemaVersion of this contract; the app reads only this one (shape.ts). */
export const SCHEMA_VERSION = 2
