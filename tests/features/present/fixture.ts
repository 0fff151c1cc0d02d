/** Four events, two documents and a story for the presentation tests; offsets are not used by the slides. */
import type { DatasetDocument, DatasetEvent, Topic } from '../../../src/model'
import type { Story } from '../../../src/model/story'
import { fixtureEvent } from '../../fixtures/dataset-builder'

export const TOPICS: Topic[] = [
  { id: 'peace-treaty', label: { ru: 'Мирный договор', en: 'Peace treaty' }, color: '#1f77b4' },
  {
    id: 'joint-economic-activities',
    label: { ru: 'Совместная хозяйственная деятельность', en: 'Joint economic activities' },
    color: '#2ca02c',
  },
]

const document = (id: string, language: 'ru' | 'en', ru: string, en: string): DatasetDocument => ({
  id,
  language,
  title: { ru, en },
  published: '2019-05-31',
  publisher: { ru: 'МИД', en: 'MOFA' },
  kind: 'press-release',
  sha256: '0'.repeat(64),
  eventCount: 2,
})

export const DOCUMENTS: DatasetDocument[] = [
  document('doc-ru', 'ru', 'Пресс-релиз на русском', 'Russian press release'),
  document('doc-en', 'en', 'Английская статья', 'English article'),
]

function event(id: string, date: string, en: string, ru: string, doc: string): DatasetEvent {
  const built = fixtureEvent({
    id,
    date,
    status: 'held',
    kind: 'meeting',
    title: { ru, en },
    summary: { ru: `Кратко: ${ru}.`, en: `In short: ${en}.` },
    topics: ['joint-economic-activities'],
    sources: [
      {
        document: doc,
        quote: doc === 'doc-ru' ? `Цитата о событии ${ru}` : `A quote about ${en}`,
        translation: doc === 'doc-ru' ? `A translated quote about ${en}` : `Переведённая цитата о ${ru}`,
        start: 0,
        end: 10,
      },
    ],
    asOf: '',
  })
  return { ...built, asOf: built.end }
}

export const EVENTS: DatasetEvent[] = [
  event('alpha', '2016-12', 'Alpha talks', 'Переговоры Альфа', 'doc-en'),
  event('bravo', '2017-07-07', 'Bravo summit', 'Саммит Браво', 'doc-en'),
  event('charlie', '2018-SU', 'Charlie mission', 'Миссия Чарли', 'doc-ru'),
  event('delta', '2019-05-31', 'Delta meeting', 'Встреча Дельта', 'doc-ru'),
]
export const STORY: Story = {
  id: 'backwards',
  title: { ru: 'Задом наперёд', en: 'Backwards' },
  slides: [
    { event: 'delta', notes: { en: 'Start with the end.', ru: 'Начните с конца.' } },
    { event: 'bravo', notes: { ru: 'Только по-русски.' } },
    { event: 'no-such-event' },
    { event: 'alpha' },
  ],
}
