/**
 * The closed vocabularies of the dataset, as plain constants: the app imports these without pulling zod
 * into its bundle; src/model/schema.ts builds its schemas on them.
 */
export const LANGUAGES = ['ru', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** The dataset's other language: ru ↔ en. */
export function otherLanguage(lang: Language): Language {
  return lang === 'ru' ? 'en' : 'ru'
}

export const TOPIC_IDS = [
  'peace-treaty',
  'joint-economic-activities',
  'humanitarian',
  'economic-cooperation',
  'political-dialogue',
  'territorial-question',
] as const
export type TopicId = (typeof TOPIC_IDS)[number]

/** Event kinds: a closed list; labels live in locales/ under `kind.<id>`. */
export const EVENT_KINDS = [
  'summit',
  'meeting',
  'working-group',
  'consultation',
  'negotiations',
  'agreement',
  'humanitarian',
  'visit',
  'announcement',
  'position',
  'historical',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const STATUSES = ['held', 'planned'] as const
export type Status = (typeof STATUSES)[number]

export const DOCUMENT_KINDS = ['press-release', 'news-article', 'transcript'] as const
