/** What a load is measured through, for a corpus: its first topic's label, a word it finds, its titles. */
import type { Dataset } from '../../src/model/schema'
import type { PageContract } from './browser'
import { HUGE_SIZE } from './options'

const MINUTE = 60_000

export function contractFor(dataset: Dataset, size: number): Omit<PageContract, 'kind'> {
  const titles = new Map(dataset.events.map((e) => [e.id, [e.title.en, e.title.ru]]))
  const topic = dataset.topics[0]
  const middle = dataset.events[Math.floor(dataset.events.length / 2)]
  const word = middle?.title.en.match(/the (\p{L}+) project/u)?.[1] ?? 'Lavrov'
  return {
    topicLabels: topic ? [topic.label.en, topic.label.ru] : [],
    searchWord: word,
    titleOf: (id) => titles.get(id) ?? [],
    limitMs: size >= HUGE_SIZE ? 3 * MINUTE : 2 * MINUTE,
  }
}
