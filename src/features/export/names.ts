/** Topic, person and place names of an event in one language, looked up in the dataset (ids when unknown). */
import type { Dataset, DatasetEvent, Language } from '../../model'

export interface EventNames {
  topics: string[]
  people: string[]
  places: string[]
}

export function localizedNames(event: DatasetEvent, dataset: Dataset, lang: Language): EventNames {
  const topic = (id: string) => dataset.topics.find((t) => t.id === id)?.label[lang] ?? id
  const person = (id: string) => dataset.people.find((p) => p.id === id)?.name[lang] ?? id
  const place = (id: string) => dataset.places.find((p) => p.id === id)?.name[lang] ?? id
  return { topics: event.topics.map(topic), people: event.people.map(person), places: event.places.map(place) }
}
