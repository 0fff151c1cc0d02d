/** The topic filter's URL value: null = all topics, [] = none, otherwise the ticked ids in topic order. */
import type { TopicId } from '../../model'

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
