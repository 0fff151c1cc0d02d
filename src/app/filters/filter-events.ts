/** Filtering is derived from the URL state, never copied: every view applies the same rules. */
import type { DatasetEvent, TopicId } from '../../model'

/** null: all topics; []: none. An event with several topics matches if any of them is selected. */
export function matchesTopics(event: Pick<DatasetEvent, 'topics'>, topics: readonly TopicId[] | null): boolean {
  if (topics === null) return true
  return event.topics.some((topic) => topics.includes(topic))
}

export function filterByTopics<E extends Pick<DatasetEvent, 'topics'>>(
  events: readonly E[],
  topics: readonly TopicId[] | null,
): E[] {
  return events.filter((event) => matchesTopics(event, topics))
}

/** How many events carry each topic. */
export function countByTopic(events: readonly Pick<DatasetEvent, 'topics'>[]): Map<TopicId, number> {
  const counts = new Map<TopicId, number>()
  for (const event of events) for (const topic of new Set(event.topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  return counts
}

/** Toggling one topic; when "all" is implied (null), start from the full list. */
export function toggleTopic(
  current: readonly TopicId[] | null,
  all: readonly TopicId[],
  topic: TopicId,
): TopicId[] | null {
  const selected = current ?? all
  const next = selected.includes(topic) ? selected.filter((t) => t !== topic) : [...selected, topic]
  const ordered = all.filter((t) => next.includes(t))
  return ordered.length === all.length ? null : ordered
}
