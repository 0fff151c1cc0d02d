/** JSON export: each event with both languages, its date as written, in words and as an interval. */
import { formatDate, type Dataset, type DatasetEvent } from '../../model'
import { localizedNames } from './names'

function exportEvent(event: DatasetEvent, dataset: Dataset) {
  const en = localizedNames(event, dataset, 'en')
  const ru = localizedNames(event, dataset, 'ru')
  const zip = (ids: string[], enNames: string[], ruNames: string[]) =>
    ids.map((id, i) => ({ id, en: enNames[i] ?? id, ru: ruNames[i] ?? id }))
  return {
    id: event.id,
    date: event.date,
    dateText: {
      en: formatDate(event.date, 'en', { approx: event.approx }),
      ru: formatDate(event.date, 'ru', { approx: event.approx }),
    },
    interval: { start: event.start, end: event.end },
    approx: event.approx,
    status: event.status,
    asOf: event.asOf,
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    topics: zip(event.topics, en.topics, ru.topics),
    people: zip(event.people, en.people, ru.people),
    places: zip(event.places, en.places, ru.places),
    sources: event.sources.map((source) => {
      const document = dataset.documents.find((d) => d.id === source.document)
      return {
        document: source.document,
        documentTitle: document?.title ?? null,
        published: document?.published ?? null,
        url: document?.url ?? null,
        quote: source.quote,
        translation: source.translation,
      }
    }),
  }
}

/** Pretty-printed JSON of the given events, in the order given, with the dataset's title and build date. */
export function toJson(events: readonly DatasetEvent[], dataset: Dataset): string {
  const body = {
    title: dataset.meta.title,
    buildDate: dataset.meta.buildDate,
    events: events.map((event) => exportEvent(event, dataset)),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}
