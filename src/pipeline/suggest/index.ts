/**
 * The studio's entry to the suggest tool: a document's text and metadata in, its draft events out.
 */
import { findQuote } from '../../model/text'
import { displayText } from '../display-text'
import { suggest } from './cli'
import { TRANSLATE, type Vocab } from './draft'

export interface Draft {
  date: string
  kind: string
  people: string[]
  places: string[]
  topics: string[]
  quote: { text: string; span: [number, number] }
  title: { ru?: string; en?: string }
  likelyDuplicateOf: string[]
}

export function suggestDrafts(options: {
  text: string
  meta: { id: string; published?: string; date?: string; language: 'ru' | 'en' }
  vocab: Vocab
}): { drafts: Draft[] } {
  const { text, meta } = options
  const date = meta.published ?? meta.date ?? ''
  const shown = displayText(text)
  const { events } = suggest({ id: meta.id, text, date, language: meta.language }, options.vocab)
  return {
    drafts: events.map((e) => {
      const quote = e.sources[0]?.quote ?? ''
      const at = findQuote(shown, quote)
      const title = e.title[meta.language]
      return {
        date: e.date,
        kind: e.kind,
        people: e.people,
        places: e.places,
        topics: e.topics,
        quote: { text: quote, span: [at?.start ?? 0, at?.end ?? 0] as [number, number] },
        title: { [meta.language]: title === TRANSLATE ? undefined : title },
        likelyDuplicateOf: [],
      }
    }),
  }
}
