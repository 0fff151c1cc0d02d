/**
 * What the studio's server answers and its page reads: the folder's state, the problems of a save, the shapes of a
 * read document and of a selection's draft, in one place for both sides (the server imports no browser code, the
 * page no server code).
 */
import type { Precision } from '../../model/date'

/** What the forms need from the folder: the files with the SHA-256 each save must carry, and the ids to offer. */
export interface FolderState {
  /** `events/2019.yaml` → its SHA-256 as read now. */
  eventFiles: Record<string, string>
  /** `people.yaml` → its SHA-256 as read now (an item added inline carries it). */
  vocabularyFiles: Record<string, string>
  /** The ids of the events in the folder: a suggested id is none of them. */
  events: string[]
  documents: string[]
  topics: string[]
  kinds: string[]
  /** People and places with their names in both languages: the form offers them in the other language. */
  people: NamedItem[]
  places: NamedItem[]
}

export interface NamedItem {
  id: string
  name: { en: string; ru: string }
}

/** One of the pipeline's problems after a save, as the page lists it or places it at a field. */
export interface Problem {
  severity: 'error' | 'warning'
  /** Inside the data folder, with "/". */
  file: string
  line?: number
  /** `events[3].title.en` */
  field?: string
  message: string
}

/** A form that cannot be saved: the field (`id`, `titleEn`...) or record path (`sources.0.quote`) and why. */
export interface FieldProblem {
  field: string
  message: string
}

export interface DateMark {
  start: number
  end: number
  text: string
  value: string
  precision: Precision | null
  /** "late November 2017" / "конец ноября 2017 г." */
  label: { en: string; ru: string }
  /** Inside a passage an event quotes, or ignored in the meta file with a reason. */
  covered: 'quoted' | 'ignored' | null
}

export interface QuoteMark {
  start: number
  end: number
  event: string
  title: { en: string; ru: string }
}

export interface NameMark {
  start: number
  end: number
  type: 'person' | 'place'
  id: string
  name: { en: string; ru: string }
}

export interface ReadDocument {
  id: string
  language: 'ru' | 'en'
  published: string
  title: { en: string; ru: string }
  text: string
  /** The SHA-256 of its meta file as read: an "ignore" carries it, so a change on disk refuses it. */
  metaSha256: string
  dates: DateMark[]
  quotes: QuoteMark[]
  names: NameMark[]
  /** The document's sentences (and headings, list items), for choosing a passage from a list. */
  sentences: { start: number; end: number; text: string }[]
}

export interface Prefill {
  quote: string
  /** The dates the tagger reads inside the quote: the pipeline wants the event's date among them, or a note. */
  quoteDates: string[]
  /** Dates to choose from, the best first: inside the selection, then the nearest in its paragraph. */
  dates: { value: string; text: string; label: { en: string; ru: string } }[]
  id: string
  date: string
  status: 'held' | 'planned'
  kind: string
  topics: string[]
  people: string[]
  places: string[]
  title: { en: string; ru: string }
  summary: { en: string; ru: string }
}

export interface LikelySame {
  id: string
  date: string
  kind: string
  title: { en: string; ru: string }
  file: string
  /** "same kind; people shinzo-abe, vladimir-putin; place vladivostok" */
  why: string
  score: number
}

export interface SelectionAnswer {
  prefill: Prefill
  likelySame: LikelySame[]
}
