/**
 * Drafts of a document's events, for `data:suggest` and the studio: one draft per event, however many times the
 * document dates it. Its kind is the kinds.yaml keyword nearest its date (in its clause, else the sentence, else
 * the paragraph), its people and places are those named around the dates that give it, its title is short, its
 * status comes from the tense and the document's date, and it names the existing events it is likely the same as.
 *
 * The studio calls `suggestDrafts({ text, meta, data })` once per document (`data` from `loadSuggestData(dir)`,
 * kept while the folder does not change; or `folder` to read it each time), then `draftsForSelection` for a
 * selected passage. Offsets index `suggestion.text`, the document's display text.
 */
import type { Precision } from '../../model/date'
import type { EventInput } from '../../model/schema'
import { displayText } from '../display-text'
import { loadDataFolder } from '../load-data'
import { dataDir } from '../paths'
import { detectTemporalExpressions, type TemporalExpression } from '../temporal'
import { tenseCueAt, tenseReason } from '../temporal/tense'
import { guessTopics, type Named, type Vocab } from './draft'
import { likelyDuplicates } from './duplicates'
import { nearestHit, occurrences, phraseParts, tokens, vocabularyHits } from './hits'
import { loadVocab } from './input'
import { assignNames, groupMentions, unique } from './group'
import { mentions as findMentions, type Dropped, type Mention } from './mentions'
import { builtTitle, clauseTitle } from './title'

export interface SuggestMeta {
  id: string
  /** The document's date, YYYY-MM-DD. */
  published: string
  language: 'ru' | 'en'
}

/** What drafts are guessed from and checked against: the data folder's vocabularies and events. */
export interface SuggestData {
  vocab: Vocab
  events: readonly EventInput[]
}

export interface Draft {
  /** A suggested event id, unique among the drafts. */
  key: string
  date: string
  precision: Precision | null
  status: 'planned' | 'held'
  statusReason: string
  kind: string
  /** "keyword 'встреч' in the sentence", or why the first kind was taken. */
  kindReason: string
  people: string[]
  places: string[]
  topics: string[]
  /** The sentence that best states the event; offsets into the display text, end exclusive. */
  quote: { text: string; start: number; end: number }
  /** Every sentence that dates this event (the quote's among them). */
  mentions: { start: number; end: number }[]
  /** The date expressions read as this event's date, in text order. */
  dates: { text: string; start: number; end: number }[]
  /** In the document's language; the other language too when built from the vocabularies. */
  title: { ru?: string; en?: string }
  /** Fields left for the curator to write: "title.en", "summary.en", "sources.0.translation". */
  untranslated: string[]
  /** Existing events that are likely this one, best first. */
  likelyDuplicateOf: string[]
}

export interface Suggestion {
  /** The document's display text (HTML removed), which the offsets index. */
  text: string
  expressions: TemporalExpression[]
  drafts: Draft[]
  /** Dated expressions that gave no draft of their own, and why. */
  dropped: Dropped[]
}

/** The vocabularies and events of a data folder, with what could not be read. */
export function loadSuggestData(dir = dataDir()): SuggestData & { problems: string[] } {
  const vocab = loadVocab(dir)
  const loaded = loadDataFolder(dir)
  const problems = [...vocab.problems]
  if (loaded.problems.errors.length > 0) {
    problems.push(`${dir}: ${loaded.problems.errors.length} problems (npm run data lists them)`)
  }
  return { vocab, events: loaded.events.map((e) => e.value), problems }
}

export function suggestDrafts(options: {
  text: string
  meta: SuggestMeta
  data?: SuggestData
  folder?: string
}): Suggestion {
  const { meta } = options
  const data = options.data ?? loadSuggestData(options.folder)
  const { vocab } = data
  const text = displayText(options.text)
  const expressions = detectTemporalExpressions(text, { language: meta.language, documentDate: meta.published })
  const words = tokens(text)
  const names = (items: readonly Named[]) =>
    items.flatMap((item) =>
      [item.name.ru, item.name.en, ...(item.aliases ?? [])]
        .filter((n) => n.length > 2)
        .flatMap((n) => occurrences(words, phraseParts(n)).map(([start, end]) => ({ item, start, end }))),
    )
  const people = names(vocab.people)
  const places = names(vocab.places)
  const named = new Uint8Array(text.length)
  for (const n of [...people, ...places]) named.fill(1, n.start, n.end)
  const isName = (at: number) => named[at] === 1
  const kindHits = vocabularyHits(words, vocab.kinds)
  const { mentions, dropped } = findMentions(
    text,
    expressions,
    isName,
    (e, s) => nearestHit(text, kindHits, [e.start, e.end], [s.start, s.end])?.id ?? null,
  )
  const kindOf = (m: Mention) => {
    const from = m.expressions[0]?.start ?? m.sentence.start
    const to = m.expressions.at(-1)?.end ?? m.sentence.end
    return (
      nearestHit(text, kindHits, [from, to], [m.sentence.start, m.sentence.end]) ??
      nearestHit(text, kindHits, [from, to], [m.paragraph.start, m.paragraph.end])
    )
  }
  const owners = assignNames([...people, ...places], mentions)
  const namesOf = (all: readonly Mention[], items: readonly Named[]) =>
    unique(all.flatMap((m) => owners.get(m) ?? [])).filter((id) => items.some((i) => i.id === id))

  const groups = groupMentions(mentions, kindOf, dropped, (m) => owners.get(m) ?? [])
  const keys = new Set<string>()
  const drafts = groups.map((g): Omit<Draft, 'likelyDuplicateOf'> => {
    const m = g.main
    const kind = g.kind ? vocab.kinds[g.kind.rank] : undefined
    const personIds = namesOf(g.all, vocab.people)
    const placeIds = namesOf(g.all, vocab.places)
    const byId = (items: readonly Named[], ids: string[]) => ids.map((id) => items.find((i) => i.id === id) as Named)
    const built = g.kind ? builtTitle(kind, byId(vocab.people, personIds), byId(vocab.places, placeIds)) : null
    const from = (m.expressions[0]?.start ?? 0) - m.sentence.start
    const to = (m.expressions.at(-1)?.end ?? 0) - m.sentence.start
    const other = meta.language === 'ru' ? 'en' : 'ru'
    const base = `${m.value
      .slice(0, 10)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}-${meta.id}`.replace(/-+$/, '')
    let key = base
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`
    keys.add(key)
    return {
      key,
      date: m.value,
      precision: m.expressions.length === 1 ? (m.expressions[0]?.precision ?? null) : null,
      ...status(text, m, meta),
      kind: kind?.id ?? vocab.kinds[0]?.id ?? '',
      kindReason: g.kind
        ? `keyword '${text.slice(g.kind.start, g.kind.end)}' in the ${g.kind.start >= m.sentence.start && g.kind.end <= m.sentence.end ? 'sentence' : 'paragraph'}`
        : 'no kind keyword in the paragraph: the first kind of kinds.yaml',
      people: personIds,
      places: placeIds,
      // The paragraphs that date it, each once and at most ten: topics are a guess, a long document repeats itself.
      topics: guessTopics(
        unique(g.all.map((x) => x.paragraph.text))
          .slice(0, 10)
          .join('\n'),
        vocab.topics,
      ),
      quote: { text: m.sentence.text, start: m.sentence.start, end: m.sentence.end },
      mentions: unique(g.all.map((x) => x.sentence)).map(({ start, end }) => ({ start, end })),
      dates: g.all
        .flatMap((x) => x.expressions)
        .sort((a, b) => a.start - b.start)
        .map(({ text: said, start, end }) => ({ text: said, start, end })),
      title: built ?? { [meta.language]: clauseTitle(m.sentence.text, from, to) },
      untranslated: [...(built ? [] : [`title.${other}`]), `summary.${other}`, 'sources.0.translation'],
    }
  })
  const duplicates = likelyDuplicates(
    drafts.map((d) => ({ ...d, spans: d.mentions.map((s) => [s.start, s.end] as [number, number]) })),
    data.events,
    { id: meta.id, text },
  )
  return {
    text,
    expressions,
    drafts: drafts.map((d) => ({ ...d, likelyDuplicateOf: duplicates.get(d.key) ?? [] })),
    dropped,
  }
}

/**
 * The drafts a selection of the document may start, best first, each with the selection as its quote: those dated
 * in the selection's paragraph, the one whose date expression is inside or nearest the selection first. None when the
 * paragraph dates nothing (the curator gives the date).
 */
export function draftsForSelection(suggestion: Suggestion, selection: { start: number; end: number }): Draft[] {
  const { text } = suggestion
  const lineStart = text.lastIndexOf('\n', Math.max(0, selection.start - 1)) + 1
  const next = text.indexOf('\n', selection.end)
  const lineEnd = next < 0 ? text.length : next
  const gap = (d: Draft) =>
    Math.min(
      ...d.dates.map((m) =>
        m.end <= selection.start ? selection.start - m.end : m.start >= selection.end ? m.start - selection.end : 0,
      ),
    )
  const inside = (d: Draft) => d.mentions.some((m) => m.start < lineEnd && m.end > lineStart)
  const quote = { text: text.slice(selection.start, selection.end), start: selection.start, end: selection.end }
  return suggestion.drafts
    .filter(inside)
    .sort((a, b) => gap(a) - gap(b))
    .map((d) => ({ ...d, quote }))
}

function status(text: string, m: Mention, meta: SuggestMeta): Pick<Draft, 'status' | 'statusReason'> {
  const [start, end] = m.interval
  if (start > meta.published)
    return { status: 'planned', statusReason: `after the document's date (${meta.published})` }
  if (end < meta.published) return { status: 'held', statusReason: `before the document's date (${meta.published})` }
  const from = m.expressions[0]?.start ?? m.sentence.start
  const to = m.expressions.at(-1)?.end ?? m.sentence.end
  const cue = tenseCueAt(text, from, to, meta.language)
  if (cue.tense === 'future') return { status: 'planned', statusReason: tenseReason(cue) }
  if (cue.tense === 'past') return { status: 'held', statusReason: tenseReason(cue) }
  return { status: 'held', statusReason: `no tense cue; the date holds the document's date (${meta.published})` }
}
