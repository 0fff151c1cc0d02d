/**
 * Pure: dataset events → vis-timeline item data. No DOM, no HTML: the visible text is a plain
 * string that the adapter's template puts into the item with textContent.
 */
import { dateInterval, dayNumberFromIso, isoFromDayNumber, parseDate } from '../../model'
import type { DatasetEvent, Language, Topic } from '../../model'
import type { Grouping } from '../../lib/url-state'
import type { Cluster } from './level-of-detail'

export interface TimelineItem {
  id: string
  /** Written by vis-timeline's `dataAttributes` option as `data-event-id` on the item element; null on a cluster. */
  'event-id': string | null
  /** `data-cluster-count`: how many events a cluster stands for; null on an event. */
  'cluster-count': number | null
  /** A cluster's topics (colour swatches), most frequent first; empty on an event. */
  swatches: readonly string[]
  /** Plain text; never HTML. */
  text: string
  start: string
  /** Exclusive end (the day after the interval's last day); null for a point. */
  end: string | null
  type: 'point' | 'range'
  className: string
  /** Explicitly null when ungrouped: DataSet.update merges fields. */
  group: string | null
  /** Days covered (0 for a day): shorter items are stacked first, nearest the axis. */
  span: number
}

export interface TimelineGroup {
  id: string
  content: string
  className: string
}

/** The exclusive end; the grammar's last day ends on itself (there is no year 10000 to write). */
function nextDay(iso: string): string {
  return iso >= '9999-12-31' ? iso : isoFromDayNumber(dayNumberFromIso(iso) + 1)
}

/**
 * The items of an event for one language and grouping: one, or grouped by topic one per topic row (the first
 * keeps the event's id, the others `<id>~<topic>`; every one names the event in `event-id`).
 */
export function itemsOfEvent(event: DatasetEvent, lang: Language, grouping: Grouping | null): TimelineItem[] {
  const key = `${lang}:${grouping ?? ''}`
  const cached = itemCache.get(event)
  if (cached?.key === key) return cached.items
  const first = buildItem(event, lang, grouping)
  const items =
    grouping === 'topic'
      ? [first, ...event.topics.slice(1).map((topic) => ({ ...first, id: `${event.id}~${topic}`, group: topic }))]
      : [first]
  itemCache.set(event, { key, items })
  return items
}

/** Kept while the event lives: unchanged items stay identical. */
const itemCache = new WeakMap<DatasetEvent, { key: string; items: TimelineItem[] }>()

export function toTimelineItems(
  events: readonly DatasetEvent[],
  lang: Language,
  grouping: Grouping | null,
): TimelineItem[] {
  return events.flatMap((event) => itemsOfEvent(event, lang, grouping))
}

export function groupOf(event: DatasetEvent, grouping: Grouping | null): string | null {
  return grouping === 'topic' ? (event.topics[0] ?? null) : grouping === 'kind' ? event.kind : null
}

function buildItem(event: DatasetEvent, lang: Language, grouping: Grouping | null): TimelineItem {
  const parsed = parseDate(event.date)
  const exact = parsed.ok && parsed.date.kind === 'day'
  const { start, end } = parsed.ok ? dateInterval(parsed.date) : { start: event.start, end: event.end }
  const classes = [
    'event',
    exact ? 'event--point' : 'event--range event--uncertain',
    `event--${event.status}`,
    `topic--${event.topics[0] ?? 'none'}`,
  ]
  return {
    id: event.id,
    'event-id': event.id,
    'cluster-count': null,
    swatches: [],
    text: event.title[lang],
    start,
    end: exact ? null : nextDay(end),
    type: exact ? 'point' : 'range',
    className: classes.join(' '),
    group: groupOf(event, grouping),
    span: exact ? 0 : dayNumberFromIso(end) - dayNumberFromIso(start) + 1,
  }
}

const clusterWords: Record<Language, (count: number) => string> = {
  en: (count) => (count === 1 ? 'event' : 'events'),
  ru: (count) => {
    const form = new Intl.PluralRules('ru').select(count)
    return form === 'one' ? 'событие' : form === 'few' ? 'события' : 'событий'
  },
}

/** "N events" / "N событий": a cluster's text, as plain text. */
export function clusterText(count: number, lang: Language): string {
  return `${count.toLocaleString(lang)} ${clusterWords[lang](count)}`
}

export function toClusterItem(cluster: Cluster, lang: Language): TimelineItem {
  return {
    id: cluster.id,
    'event-id': null,
    'cluster-count': cluster.count,
    swatches: cluster.topics,
    text: clusterText(cluster.count, lang),
    start: cluster.start,
    end: cluster.end,
    type: 'range',
    className: 'cluster',
    group: cluster.group,
    span: 0,
  }
}

/**
 * Groups for the current grouping, only those used by the given events, in a stable order. By topic: every
 * topic of any event (an event with several topics is drawn in each of its rows).
 */
export function toTimelineGroups(
  events: readonly DatasetEvent[],
  topics: readonly Topic[],
  grouping: Grouping | null,
  lang: Language,
  kindLabel: (kind: DatasetEvent['kind']) => string,
): TimelineGroup[] | null {
  if (grouping === null) return null
  if (grouping === 'topic') {
    const used = new Set(events.flatMap((e) => e.topics))
    return topics
      .filter((topic) => used.has(topic.id))
      .map((topic) => ({ id: topic.id, content: topic.label[lang], className: `topic--${topic.id}` }))
  }
  const kinds = [...new Set(events.map((e) => e.kind))].sort()
  return kinds.map((kind) => ({ id: kind, content: kindLabel(kind), className: `kind--${kind}` }))
}
