/**
 * Our dataset as a TimelineJS3 JSON timeline, one file per language: the title slide, exactly one slide per
 * event, periods as eras, the first topic as the group, media, and the quotes with their documents in the text.
 * Every text is HTML-escaped (TimelineJS3 renders it as HTML). Our date is shown in `display_date` and kept
 * exactly under `x_timeline`, which TimelineJS3 ignores, so a season or a part of a month survives a round trip.
 */
import { dateInterval, formatDate, parseDate, type SingleDate } from './date'
import type { Dataset, DatasetEvent, Language } from './schema'

type Parts = { year: number; month?: number; day?: number }

export interface TimelineJsSlide {
  start_date?: Parts
  end_date?: Parts
  display_date?: string
  text: { headline: string; text: string }
  group?: string
  unique_id?: string
  media?: { url: string; caption?: string; credit?: string; alt?: string }
  x_timeline?: {
    id: string
    date: string
    approx: boolean
    status: string
    topics: string[]
    title: string
    summary: string
  }
}

export interface TimelineJsFile {
  title: TimelineJsSlide
  events: TimelineJsSlide[]
  eras: TimelineJsSlide[]
}

/** The fields of schema version 2 the export reads, where the dataset has them. */
type Extras = {
  media?: {
    url?: string
    file?: string
    alt: Record<Language, string>
    caption?: Record<Language, string>
    credit?: Record<Language, string>
  }[]
  links?: { url: string; label: Record<Language, string> }[]
}
type Periods = { periods?: { id: string; start: string; end: string; label: Record<Language, string> }[] }

export function toTimelineJs(dataset: Dataset, events: readonly DatasetEvent[], lang: Language): TimelineJsFile {
  const topicLabel = new Map(dataset.topics.map((topic) => [topic.id, topic.label[lang]]))
  const documents = new Map(dataset.documents.map((document) => [document.id, document]))
  const slide = (event: DatasetEvent & Extras): TimelineJsSlide => {
    const quotes = event.sources.map((source) => {
      const document = documents.get(source.document)
      const quote = document?.language === lang ? source.quote : source.translation || source.quote
      const cite = document ? `${document.title[lang]}, ${document.published}` : source.document
      const link = document?.url ? `<a href="${escapeHtml(document.url)}">${escapeHtml(cite)}</a>` : escapeHtml(cite)
      return `<blockquote>${escapeHtml(quote)}</blockquote><p>${link}</p>`
    })
    const links = (event.links ?? []).map(
      (l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label[lang] || l.url)}</a></p>`,
    )
    const media = event.media?.[0]
    return {
      ...dates(event.date),
      display_date: formatDate(event.date, lang, { approx: event.approx }),
      text: {
        headline: escapeHtml(event.title[lang]),
        text: `<p>${escapeHtml(event.summary[lang])}</p>${quotes.join('')}${links.join('')}`,
      },
      ...(event.topics[0] ? { group: escapeHtml(topicLabel.get(event.topics[0]) ?? event.topics[0]) } : {}),
      unique_id: event.id,
      ...(media ? { media: exportMedia(media, lang) } : {}),
      x_timeline: {
        id: event.id,
        date: event.date,
        approx: event.approx,
        status: event.status,
        topics: event.topics,
        title: event.title[lang],
        summary: event.summary[lang],
      },
    }
  }
  const eras = ((dataset as Dataset & Periods).periods ?? []).map((period) => ({
    start_date: startParts(period.start),
    end_date: endParts(period.end),
    text: { headline: escapeHtml(period.label[lang]), text: '' },
  }))
  return {
    title: {
      text: {
        headline: escapeHtml(dataset.meta.title[lang]),
        text: escapeHtml(dataset.meta.description?.[lang] ?? ''),
      },
    },
    events: events.map(slide),
    eras,
  }
}

function exportMedia(media: NonNullable<Extras['media']>[number], lang: Language) {
  return {
    url: media.url ?? media.file ?? '',
    ...(media.caption ? { caption: escapeHtml(media.caption[lang]) } : {}),
    ...(media.credit ? { credit: escapeHtml(media.credit[lang]) } : {}),
    alt: media.alt[lang],
  }
}

/** A year, month or day (or a span of them) as TimelineJS3 parts; anything finer in our grammar as its interval. */
function dates(value: string): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  const parsed = parseDate(value)
  if (!parsed.ok) return {}
  const date = parsed.date
  const exact = (d: SingleDate): Parts | undefined =>
    d.kind === 'year'
      ? { year: d.year }
      : d.kind === 'month'
        ? { year: d.year, month: d.month }
        : d.kind === 'day'
          ? { year: d.year, month: d.month, day: d.day }
          : undefined
  if (date.kind !== 'span' && date.kind !== 'alternative') {
    const parts = exact(date)
    if (parts) return { start_date: parts }
  } else if (date.kind === 'span') {
    const from = exact(date.from)
    const to = exact(date.to)
    if (from && to) return { start_date: from, end_date: to }
  }
  return { start_date: startParts(value), end_date: endParts(value) }
}

function startParts(value: string): Parts {
  const parsed = parseDate(value)
  return parsed.ok ? dayParts(dateInterval(parsed.date).start) : { year: Number(value.slice(0, 4)) }
}

function endParts(value: string): Parts {
  const parsed = parseDate(value)
  return parsed.ok ? dayParts(dateInterval(parsed.date).end) : { year: Number(value.slice(0, 4)) }
}

function dayParts(iso: string): Parts {
  const [year, month, day] = iso.split('-').map(Number)
  return { year: year!, month: month!, day: day! }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}
