/**
 * Acceptance: a curated event's date is what the detector reads in its own quotes. For every event in
 * data/events/*.yaml and every source quote of it, when the detector finds a dated expression inside the
 * quote (in the document's display text, resolved against the document's date), one of them resolves to
 * exactly the event's date, unless the quote is listed below with the reason. So a document added the
 * README way (data:suggest, keep the drafts) gets the same dates a careful analyst gave these events.
 */
import { describe, expect, it } from 'vitest'
import { dateInterval, parseDate } from '../../../src/model/date'
import { findQuote } from '../../../src/model/text'
import { loadDataFolder } from '../../../src/pipeline/load-data'
import { detectTemporalExpressions, type TemporalExpression } from '../../../src/pipeline/temporal'

type Exception =
  /** The quote names a coarser period that holds the event's date; another quote of the event gives the finer one. */
  | { kind: 'coarser'; reason: string }
  /** The quote's date is another event's, or the event's date is reasoned from the text rather than read. */
  | { kind: 'explained'; reason: string }

/** `${event id}#${source index}` → why that quote does not resolve to the event's date. */
const EXCEPTIONS: Record<string, Exception> = {
  '2017-12-mid-working-groups-meeting#0': {
    kind: 'coarser',
    reason: 'Lavrov says "in December"; Kono\'s "in mid-December" (source 2) gives the finer date',
  },
  '2017-12-mid-working-groups-meeting#1': {
    kind: 'coarser',
    reason: 'Lavrov says "in December"; Kono\'s "in mid-December" (source 2) gives the finer date',
  },
  '2018-deputy-foreign-ministers-consultations#0': {
    kind: 'coarser',
    reason: 'Lavrov\'s "early 2018" holds Kono\'s finer "second half of January or February" (source 2)',
  },
  '2018-deputy-foreign-ministers-consultations#1': {
    kind: 'coarser',
    reason: 'Lavrov\'s "early next year" holds Kono\'s finer "second half of January or February" (source 2)',
  },
  '2018-11-14-putin-abe-singapore#2': {
    kind: 'coarser',
    reason: 'a later document recalls the meeting as "в ноябре прошлого года"; the day is in the 2018 sources',
  },
  '2019-06-29-putin-abe-osaka#0': {
    kind: 'coarser',
    reason: 'announced on 31 May as "в июне"; the day is from the Kremlin transcript of 29 June',
  },
  '2019-06-29-putin-abe-osaka#1': {
    kind: 'coarser',
    reason: 'announced on 31 May as "в июне"; the day is from the Kremlin transcript of 29 June',
  },
  '2018-11-14-putin-abe-singapore#1': {
    kind: 'explained',
    reason: '"декларации 1956 года" dates the declaration the leaders refer to, not their meeting',
  },
  '2019-05-31-kono-lavrov-tokyo#2': {
    kind: 'explained',
    reason: '"предстоящей в июне … встречи на высшем уровне" dates the coming summit, not this meeting',
  },
  '2018-08-vice-ministerial-consultation-before-summit#0': {
    kind: 'explained',
    reason:
      '"before the Summit Meeting in September, based on outcomes of the mission": the span after the 16–20 August mission up to September is reasoned, the text names only the summit\'s month',
  },
}

const data = loadDataFolder('data')
const documents = new Map(data.sources.documents.map((d) => [d.meta.id, d]))
const detected = new Map<string, TemporalExpression[]>()
function expressionsOf(id: string): TemporalExpression[] {
  let found = detected.get(id)
  const document = documents.get(id)
  if (!found && document) {
    found = detectTemporalExpressions(document.text, {
      language: document.meta.language,
      documentDate: document.meta.published,
    })
    detected.set(id, found)
  }
  return found ?? []
}

function contains(outer: string, inner: string): boolean {
  const o = parseDate(outer)
  const i = parseDate(inner)
  if (!o.ok || !i.ok) return false
  const oi = dateInterval(o.date)
  const ii = dateInterval(i.date)
  return oi.start <= ii.start && oi.end >= ii.end
}

const cases = data.events.flatMap(({ value: event }) =>
  event.sources.map((source, index) => ({ key: `${event.id}#${index}`, event, source })),
)

describe('curated events: each quote resolves to its event’s date', () => {
  it('loads the curated data without problems and has events to check', () => {
    expect(data.problems.errors).toEqual([])
    expect(cases.length).toBeGreaterThan(40)
  })

  it('lists no exception for a quote that does not exist', () => {
    const keys = new Set(cases.map((c) => c.key))
    expect(Object.keys(EXCEPTIONS).filter((k) => !keys.has(k))).toEqual([])
  })

  it.each(cases)('$key', ({ key, event, source }) => {
    const document = documents.get(source.document)
    expect(document, `document ${source.document}`).toBeDefined()
    if (!document) return
    const match = findQuote(document.text, source.quote)
    expect(match, 'quote found verbatim').not.toBeNull()
    if (!match) return
    const inQuote = expressionsOf(source.document).filter(
      (e) => e.value !== null && e.start >= match.start && e.end <= match.end,
    )
    const values = inQuote.map((e) => e.value)
    const exception = EXCEPTIONS[key]
    if (!exception) {
      if (values.length > 0) expect(values, `${event.date} among the quote's dates`).toContain(event.date)
      return
    }
    // An exception must still be one: were the event's date read exactly, the entry would be stale.
    expect(values).not.toContain(event.date)
    if (exception.kind === 'coarser') {
      expect(
        values.some((v) => v !== null && contains(v, event.date)),
        `a date in the quote holds ${event.date}`,
      ).toBe(true)
    }
  })
})
