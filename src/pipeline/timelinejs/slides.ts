/** The shape every TimelineJS3 input (JSON v3, legacy v2, spreadsheet CSV) is read into, and its problems. */
import type { DateParts } from './dates'

export interface SlideMedia {
  url?: string
  caption?: string
  credit?: string
  thumbnail?: string
  alt?: string
}

export interface Slide {
  /** Where it is in the input: `events[3]`, `title`, `eras[1]`, `row 5`. */
  where: string
  type: 'title' | 'era' | 'event'
  start?: DateParts
  end?: DateParts
  displayDate?: string
  /** HTML, as TimelineJS3 takes it; made plain text by the mapping. */
  headline: string
  text: string
  media?: SlideMedia
  group?: string
  uniqueId?: string
  /** What our own export keeps exactly under `x_timeline` (see src/model/timelinejs.ts). */
  ours?: Record<string, unknown>
}

export interface ImportProblem {
  /** `refused`: that slide (or the whole file) is not imported; `reported`: imported, with a note. */
  severity: 'refused' | 'reported'
  where: string
  field?: string
  message: string
}

export interface ReadResult {
  format: 'timelinejs3-json' | 'timelinejs2-json' | 'timelinejs3-csv'
  slides: Slide[]
  problems: ImportProblem[]
}

export function str(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
  return text === undefined || text.trim() === '' ? undefined : text
}

/** Drops absent parts, so `{}` means "no media". */
export function compactMedia(media: SlideMedia): SlideMedia | undefined {
  const entries = Object.entries(media).filter(([, value]) => value !== undefined)
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as SlideMedia)
}
