/**
 * TimelineJS3's JSON format (`{ title?, events, eras?, scale? }`), and the legacy TimelineJS 2 format
 * (`{ timeline: { headline, text, startDate, asset, date: [...] } }`), converted slide by slide. Fields we
 * do not map (a map `location`, a `background`, a date's `format`) are reported, never fatal.
 */
import type { DateParts } from './dates'
import { compactMedia, str, type ImportProblem, type ReadResult, type Slide } from './slides'

const SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'unique_id',
  'autolink',
])
const DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'])
const MEDIA_KEYS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'])
/** Drawn by TimelineJS3 only; we say once per slide that it is not imported. */
const DISPLAY_ONLY = new Set(['background'])

export function readTimelineJson(data: unknown): ReadResult {
  const problems: ImportProblem[] = []
  if (!isObject(data)) return refuseAll('the file is JSON but not an object', 'timelinejs3-json')
  if (isObject(data.timeline) && !('events' in data)) return readLegacy(data.timeline, problems)
  if (!Array.isArray(data.events))
    return refuseAll('no "events" list: not a TimelineJS3 timeline (it needs {"events": [...]})', 'timelinejs3-json')
  if (data.scale !== undefined && data.scale !== 'human')
    problems.push({ severity: 'reported', where: 'scale', message: `scale "${String(data.scale)}": read as dates` })
  const slides: Slide[] = []
  if (data.title !== undefined) pushSlide(slides, problems, data.title, 'title', 'title')
  data.events.forEach((event, i) => pushSlide(slides, problems, event, `events[${i}]`, 'event'))
  if (Array.isArray(data.eras)) data.eras.forEach((era, i) => pushSlide(slides, problems, era, `eras[${i}]`, 'era'))
  for (const key of Object.keys(data))
    if (!['title', 'events', 'eras', 'scale'].includes(key))
      problems.push({ severity: 'reported', where: key, message: 'unknown top-level field, not imported' })
  return { format: 'timelinejs3-json', slides, problems }
}

function pushSlide(slides: Slide[], problems: ImportProblem[], raw: unknown, where: string, type: Slide['type']) {
  if (!isObject(raw)) {
    problems.push({ severity: 'refused', where, message: 'a slide must be an object' })
    return
  }
  for (const key of Object.keys(raw)) {
    if (DISPLAY_ONLY.has(key))
      problems.push({ severity: 'reported', where, field: key, message: 'display only, not imported' })
    else if (!SLIDE_KEYS.has(key))
      problems.push({ severity: 'reported', where, field: key, message: 'unknown field, not imported' })
  }
  const text = isObject(raw.text) ? raw.text : {}
  const media = isObject(raw.media) ? raw.media : undefined
  if (media)
    for (const key of Object.keys(media))
      if (!MEDIA_KEYS.has(key))
        problems.push({ severity: 'reported', where, field: `media.${key}`, message: 'unknown field, not imported' })
  const start = dateParts(raw.start_date, where, 'start_date', problems)
  const end = dateParts(raw.end_date, where, 'end_date', problems)
  const displayDate = str(raw.display_date) ?? str(isObject(raw.start_date) ? raw.start_date.display_date : undefined)
  slides.push({
    where,
    type,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(displayDate ? { displayDate } : {}),
    headline: str(text.headline) ?? '',
    text: str(text.text) ?? '',
    ...(media ? withMedia(media) : {}),
    ...(str(raw.group) ? { group: str(raw.group)! } : {}),
    ...(str(raw.unique_id) ? { uniqueId: str(raw.unique_id)! } : {}),
    ...(isObject(raw.x_timeline) ? { ours: raw.x_timeline } : {}),
  })
}

function withMedia(media: Record<string, unknown>): Pick<Slide, 'media'> {
  const compact = compactMedia({
    url: str(media.url),
    caption: str(media.caption),
    credit: str(media.credit),
    thumbnail: str(media.thumbnail),
    alt: str(media.alt),
  })
  return compact ? { media: compact } : {}
}

function dateParts(raw: unknown, where: string, field: string, problems: ImportProblem[]): DateParts | undefined {
  if (raw === undefined) return undefined
  if (!isObject(raw)) {
    problems.push({ severity: 'reported', where, field, message: 'not a date object, ignored' })
    return undefined
  }
  for (const key of Object.keys(raw))
    if (!DATE_KEYS.has(key))
      problems.push({ severity: 'reported', where, field: `${field}.${key}`, message: 'unknown field, not imported' })
  return raw
}

/** TimelineJS 2: `"startDate": "1963,8,9"`, `asset: { media, credit, caption }`, `tag` for the group. */
function readLegacy(timeline: Record<string, unknown>, problems: ImportProblem[]): ReadResult {
  problems.push({
    severity: 'reported',
    where: 'timeline',
    message: 'legacy TimelineJS 2 format: converted to TimelineJS3 slides',
  })
  const slides: Slide[] = []
  const asSlide = (raw: Record<string, unknown>, where: string, type: Slide['type']): Slide => {
    const asset = isObject(raw.asset) ? raw.asset : {}
    const start = legacyDate(raw.startDate)
    const end = legacyDate(raw.endDate)
    const media = compactMedia({
      url: str(asset.media),
      caption: str(asset.caption),
      credit: str(asset.credit),
      thumbnail: str(asset.thumbnail),
    })
    return {
      where,
      type,
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      headline: str(raw.headline) ?? '',
      text: str(raw.text) ?? '',
      ...(media ? { media } : {}),
      ...(str(raw.tag) ? { group: str(raw.tag)! } : {}),
    }
  }
  slides.push(asSlide(timeline, 'timeline', 'title'))
  const dates = Array.isArray(timeline.date) ? timeline.date : []
  dates.forEach((raw, i) => {
    if (isObject(raw)) slides.push(asSlide(raw, `timeline.date[${i}]`, 'event'))
    else problems.push({ severity: 'refused', where: `timeline.date[${i}]`, message: 'a slide must be an object' })
  })
  const eras = Array.isArray(timeline.era) ? timeline.era : []
  eras.forEach((raw, i) => isObject(raw) && slides.push(asSlide(raw, `timeline.era[${i}]`, 'era')))
  return { format: 'timelinejs2-json', slides, problems }
}

/** `"1963,8,9"` → `{ year, month, day }`. */
function legacyDate(raw: unknown): DateParts | undefined {
  const text = str(raw)
  if (!text) return undefined
  const [year, month, day] = text.split(',').map((part) => part.trim())
  return { year, month, day }
}

function refuseAll(message: string, format: ReadResult['format']): ReadResult {
  return { format, slides: [], problems: [{ severity: 'refused', where: 'file', message }] }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
