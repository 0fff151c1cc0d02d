/**
 * A new event prefilled from a passage the person selected, and the existing events that are likely the same one.
 * The guesses come from the passage and its paragraph (keywords, names); where neither names a kind, and for the
 * tense of a date not after the document's, the draft `data:suggest` makes of the paragraph
 * (`draftsForSelection`) decides.
 */
import { dateInterval, dayNumberFromIso, parseDate } from '../../model/date'
import type { EventInput } from '../../model/schema'
import { loadDataFolder } from '../../pipeline/load-data'
import { draftsForSelection, suggestDrafts, type Draft } from '../../pipeline/suggest'
import { findNamed, guessTopics, matchKeywords, type Vocab } from '../../pipeline/suggest/draft'
import { StudioError } from './errors'
import type { DateMark, LikelySame, Prefill, ReadDocument, SelectionAnswer } from '../shared/answers'
import { eventId } from '../shared/event-id'
import { documentOf, readDocument } from './reader'
import type { DataFolder } from './write'

export interface Selection {
  document: string
  start: number
  end: number
}

export function selectionAnswer(folder: DataFolder, selection: Selection): SelectionAnswer {
  const data = loadDataFolder(folder.root)
  const document = documentOf(data, selection.document)
  const read = readDocument(folder, selection.document)
  const vocab: Vocab = {
    people: data.vocabularies.people.map((p) => p.value),
    places: data.vocabularies.places.map((p) => p.value),
    topics: data.vocabularies.topics.map((t) => t.value),
    kinds: data.vocabularies.kinds.map((k) => k.value),
  }
  const { start, end } = selection
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > document.text.length || start >= end) {
    throw new StudioError(400, `the selection ${start}–${end} is not a passage of ${selection.document}`)
  }
  const taken = new Set(data.events.map((e) => e.value.id))
  const suggestion = suggestDrafts({
    text: document.text,
    meta: { id: read.id, published: read.published, language: read.language },
    data: { vocab, events: data.events.map((e) => e.value) },
  })
  const draft = draftsForSelection(suggestion, selection)[0] ?? null
  const prefill = prefillFromSelection(read, selection, vocab, taken, draft)
  const events = data.events.map((e) => ({ event: e.value, file: e.file.file }))
  return { prefill, likelySame: likelySame(prefill, events, folder.root) }
}

/** A passage of a document, the folder's vocabularies and the suggest tool's draft for it (if any) → the form. */
export function prefillFromSelection(
  read: ReadDocument,
  selection: Pick<Selection, 'start' | 'end'>,
  vocab: Vocab,
  taken: ReadonlySet<string>,
  draft: Draft | null = null,
): Prefill {
  const raw = read.text.slice(selection.start, selection.end)
  const lead = raw.length - raw.trimStart().length
  const quote = raw.trim()
  const start = selection.start + lead
  const end = start + quote.length
  const paragraph = paragraphAround(read.text, start, end)
  const dates = dateChoices(read.dates, start, end, paragraph)
  const date = dates[0]?.value ?? read.published
  const parsed = parseDate(date)
  const interval = parsed.ok ? dateInterval(parsed.date) : { start: date, end: date }
  const other = read.language === 'en' ? 'ru' : 'en'
  const title = shortTitle(quote)
  return {
    quote,
    quoteDates: read.dates.filter((d) => d.start >= start && d.end <= end).map((d) => d.value),
    dates,
    // The id follows the English title, as the form's does (a Russian title's only latin would be its day again).
    id: eventId(date, read.language === 'en' ? title : '', taken),
    date,
    // A date after the document's is planned; otherwise the suggest tool's reading of the tense decides.
    status: interval.start > read.published ? 'planned' : (draft?.status ?? 'held'),
    // The passage's own keyword first (it is what the person chose), then the paragraph's, then the suggest tool's
    // kind for the paragraph's nearest date (which falls back to a kind's label).
    kind:
      matchKeywords(quote, vocab.kinds)[0] ??
      matchKeywords(paragraph.text, vocab.kinds)[0] ??
      draft?.kind ??
      vocab.kinds[0]?.id ??
      '',
    topics: guessTopics(paragraph.text, vocab.topics),
    people: named(paragraph.text, read, 'person', vocab.people),
    places: named(paragraph.text, read, 'place', vocab.places),
    title: { [read.language]: title, [other]: '' } as Prefill['title'],
    summary: { [read.language]: sentenceCase(quote), [other]: '' } as Prefill['summary'],
  }
}

/**
 * People or places of the paragraph; when it names none ("the two leaders agreed"), those the document names
 * before the passage, in the order it names them: a release's later paragraphs speak of the people of its lead.
 */
function named(paragraph: string, read: ReadDocument, type: 'person' | 'place', items: Vocab['people']): string[] {
  const here = findNamed(paragraph, items)
  if (here.length > 0 || type === 'place') return here
  const start = read.text.indexOf(paragraph)
  return [...new Set(read.names.filter((n) => n.type === type && n.start < start).map((n) => n.id))]
}

/** The text between blank lines (or line ends) around the selection. */
function paragraphAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const from = text.lastIndexOf('\n', start - 1) + 1
  const next = text.indexOf('\n', end)
  const to = next < 0 ? text.length : next
  return { start: from, end: to, text: text.slice(from, to) }
}

function dateChoices(
  dates: readonly DateMark[],
  start: number,
  end: number,
  paragraph: { start: number; end: number },
): Prefill['dates'] {
  const inside = dates.filter((d) => d.start >= start && d.end <= end)
  const near = dates
    .filter((d) => !inside.includes(d) && d.start >= paragraph.start && d.end <= paragraph.end)
    .sort((a, b) => distance(a, start, end) - distance(b, start, end))
  // Outside the paragraph, the last date before the passage most often governs it; then those after it.
  const before = dates.filter((d) => d.end <= start && !inside.includes(d) && !near.includes(d)).reverse()
  const after = dates.filter((d) => d.start >= end && !inside.includes(d) && !near.includes(d))
  const rest = [...before, ...after]
  const seen = new Set<string>()
  return [...inside, ...near, ...rest].flatMap((d) => {
    if (seen.has(d.value)) return []
    seen.add(d.value)
    return [{ value: d.value, text: d.text, label: d.label }]
  })
}

const distance = (d: DateMark, start: number, end: number) =>
  d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0

const TITLE_LIMIT = 70
const INTRO =
  /^(?:on|in|at|after|before|during|furthermore|moreover|however|also|in addition|on that basis|then|в|во|на|по|после|кроме того|также|однако|затем)(?=[\s,]|$)/iu

/**
 * A short title: the passage's first clause, never cut inside a word; a long one is cut at the last word that fits,
 * without a dangling "of", "and", "и", "в".
 */
export function shortTitle(passage: string): string {
  // Leading introductions go: "On September 3,", "commencing at 11:28 p.m.,", "In addition,", "Кроме того,".
  let rest = passage.trim()
  for (let i = 0; i < 3; i++) {
    const lead = /^([^,]{1,60}),\s+/u.exec(rest)
    if (!lead || !(/\d/.test(lead[1]!) || INTRO.test(lead[1]!))) break
    rest = rest.slice(lead[0].length)
  }
  const clause =
    rest.split(/(?<=[^\s.]{3}\.|[;:!?])\s+(?=\p{Lu})|,\s(?=(?:and|but|which|who|и|а|но|который|которая)\s)/u)[0] ?? rest
  let words = clause.replace(/[.;:!?,\s]+$/u, '').split(/\s+/)
  while (words.join(' ').length > TITLE_LIMIT && words.length > 1) words = words.slice(0, -1)
  const weak =
    /^(?:a|an|the|of|and|or|to|in|on|at|for|with|by|that|mr\.?|mrs\.?|h\.e\.|и|в|во|на|с|со|к|о|об|по|что|а|из|для)$/iu
  while (words.length > 1 && weak.test(words.at(-1) ?? '')) words = words.slice(0, -1)
  return sentenceCase(words.join(' ').replace(/[,;:\s]+$/u, ''))
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Existing events likely the same as the draft: their date intervals overlap the draft's, and their people, places
 * and kind agree (the same kind and a shared person or place, or two shared); best first (more shared people and places, then the same kind, then the
 * narrower date). The same test as src/pipeline/likely-duplicates.ts, made a ranking: the pipeline reports a pair
 * only past a threshold, the studio shows the candidates before anything is written.
 */
export function likelySame(
  draft: Pick<Prefill, 'date' | 'kind' | 'people' | 'places'>,
  events: readonly { event: EventInput; file: string }[],
  root = '',
): LikelySame[] {
  const span = intervalOf(draft.date)
  if (!span) return []
  const found: LikelySame[] = []
  for (const { event, file } of events) {
    const other = intervalOf(event.date)
    if (!other || other.end < span.start || other.start > span.end) continue
    const people = event.people.filter((id) => draft.people.includes(id))
    const places = event.places.filter((id) => draft.places.includes(id))
    const kind = event.kind === draft.kind
    const shared = people.length + places.length
    // The pipeline's rule (same kind, and two people or a person and a place) made a little wider, because here it
    // only lists: the same kind and one shared person or place, or two shared of any kind.
    if (!(kind && shared >= 1) && shared < 2) continue
    const score = shared * 2 + (kind ? 1 : 0)
    const why = [
      kind ? 'same kind' : '',
      people.length ? `${people.length === 1 ? 'person' : 'people'} ${people.join(', ')}` : '',
      places.length ? `${places.length === 1 ? 'place' : 'places'} ${places.join(', ')}` : '',
    ].filter(Boolean)
    const relative = root && file.startsWith(root) ? file.slice(root.length + 1) : file
    found.push({
      id: event.id,
      date: event.date,
      kind: event.kind,
      title: event.title,
      file: relative,
      why: why.join('; '),
      score: score * 1000 - (other.end - other.start),
    })
  }
  return found.sort((a, b) => b.score - a.score).slice(0, 8)
}

function intervalOf(date: string): { start: number; end: number } | null {
  const parsed = parseDate(date)
  if (!parsed.ok) return null
  const interval = dateInterval(parsed.date)
  return { start: dayNumberFromIso(interval.start), end: dayNumberFromIso(interval.end) }
}

/** The likely same events of a draft as the form now has it (its kind, date, people or places changed). */
export function likelySameIn(folder: DataFolder, draft: Pick<Prefill, 'date' | 'kind' | 'people' | 'places'>) {
  const data = loadDataFolder(folder.root)
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
  const clean = {
    date: typeof draft.date === 'string' ? draft.date : '',
    kind: typeof draft.kind === 'string' ? draft.kind : '',
    people: list(draft.people),
    places: list(draft.places),
  }
  return likelySame(
    clean,
    data.events.map((e) => ({ event: e.value, file: e.file.file })),
    folder.root,
  )
}
