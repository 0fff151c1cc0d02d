/** Lookups by id, computed once per loaded dataset. */
import type { Dataset, DatasetDocument, DatasetEvent, DatasetKind, Person, Place, Topic } from '../../model'

export interface DatasetIndex {
  dataset: Dataset
  /** Events in the dataset's sort order (compareEvents), as built by the pipeline. */
  events: readonly DatasetEvent[]
  eventById: ReadonlyMap<string, DatasetEvent>
  topicById: ReadonlyMap<string, Topic>
  kindById: ReadonlyMap<string, DatasetKind>
  personById: ReadonlyMap<string, Person>
  placeById: ReadonlyMap<string, Place>
  documentById: ReadonlyMap<string, DatasetDocument>
}

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  return {
    dataset,
    events: dataset.events,
    eventById: byId(dataset.events),
    topicById: byId(dataset.topics),
    kindById: byId(dataset.kinds),
    personById: byId(dataset.people),
    placeById: byId(dataset.places),
    documentById: byId(dataset.documents),
  }
}
