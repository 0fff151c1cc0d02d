/**
 * Which mentions are one event: grouping the dated sentences of a document, and giving each the people and places
 * named around it.
 */
import type { Named } from './draft'
import type { Hit } from './hits'
import type { Dropped, Mention } from './mentions'

export interface Group {
  /** The mention that states the event best: its quote, title and status. */
  main: Mention
  all: Mention[]
  kind: Hit | null
}

const STATES = /[.!?…]["»”]?$/u
export const unique = <T>(list: readonly T[]) => [...new Set(list)]

/**
 * Whose names each mention takes, in the order they occur: a name in a sentence that dates something goes to the
 * nearest date of that sentence ("в Сингапуре в ноябре и в Буэнос-Айресе в декабре"); a name in a sentence
 * without a date goes to every date of its paragraph.
 */
export function assignNames(
  names: readonly { item: Named; start: number; end: number }[],
  mentions: readonly Mention[],
) {
  const owners = new Map<Mention, string[]>(mentions.map((m) => [m, []]))
  const span = (m: Mention): [number, number] => [
    m.expressions[0]?.start ?? m.sentence.start,
    m.expressions.at(-1)?.end ?? m.sentence.end,
  ]
  const gap = (m: Mention, n: { start: number; end: number }) => {
    const [from, to] = span(m)
    return n.end <= from ? from - n.end : n.start >= to ? n.start - to : 0
  }
  for (const n of [...names].sort((a, b) => a.start - b.start)) {
    const inSentence = mentions.filter((m) => m.sentence.start <= n.start && n.end <= m.sentence.end)
    const takers =
      inSentence.length > 0
        ? [inSentence.reduce((a, b) => (gap(b, n) < gap(a, n) ? b : a))]
        : mentions.filter((m) => m.paragraph.start <= n.start && n.end <= m.paragraph.end)
    for (const m of takers) {
      const ids = owners.get(m)
      if (ids && !ids.includes(n.item.id)) ids.push(n.item.id)
    }
  }
  return owners
}

/**
 * Mentions of the same event become one group: the same date, unless the kinds read differ and they name
 * no one and no place in common; a date that holds
 * another of the same kind naming one of the same people or places ("in June" and "on 29 June", both summits).
 * A bare date line joins the sentence that dates the same day; else a dateline is quoted with its lead sentence,
 * and a date line alone is dropped with its reason.
 */
export function groupMentions(
  mentions: readonly Mention[],
  kindOf: (m: Mention) => Hit | null,
  dropped: Dropped[],
  namesOf: (m: Mention) => string[],
): Group[] {
  const groups: Group[] = []
  const compatible = (a: Hit | null, b: Hit | null) => !a || !b || a.id === b.id
  // "встретится с Лавровым" in the headline, "проведет встречу с Лавровым" below, the same day: one event.
  const agree = (g: Group, m: Mention) => namesOf(m).some((id) => g.all.some((x) => namesOf(x).includes(id)))
  const holds = (a: Mention, b: Mention) => a.interval[0] <= b.interval[0] && a.interval[1] >= b.interval[1]
  // "In June" may be "on 29 June" again; "from 12 to 16 January" is a stay, not another mention of the 14th.
  const coarse = (m: Mention) =>
    m.expressions.length === 1 && !/[/|]/.test(m.value) && m.expressions[0]?.precision !== 'day'
  for (const m of mentions.filter((x) => !x.bare)) {
    const kind = kindOf(m)
    const same = groups.find(
      (g) =>
        (g.main.value === m.value && (compatible(g.kind, kind) || agree(g, m))) ||
        (kind &&
          g.kind?.id === kind.id &&
          ((holds(g.main, m) && coarse(g.main)) || (holds(m, g.main) && coarse(m))) &&
          namesOf(m).some((id) => g.all.some((x) => namesOf(x).includes(id)))),
    )
    if (!same) {
      groups.push({ main: m, all: [m], kind })
      continue
    }
    same.all.push(m)
    same.kind ??= kind
    // The finer date states the event ("29 June" rather than "June"), and a sentence states it better than a
    // headline (no full stop).
    if (holds(same.main, m) && same.main.value !== m.value) same.main = m
    else if (same.main.value === m.value && !STATES.test(same.main.sentence.text) && STATES.test(m.sentence.text)) {
      same.main = m
    }
  }
  for (const m of mentions.filter((x) => x.bare)) {
    const same = groups.find((g) => g.all.some((x) => x.value === m.value))
    if (same) same.all.push(m)
    else if (m.lead) {
      // The same mention (its names are keyed by it), now quoting the lead.
      Object.assign(m, { sentence: m.lead, bare: false })
      groups.push({ main: m, all: [m], kind: kindOf(m) })
    } else {
      for (const expression of m.expressions) {
        dropped.push({
          expression,
          reason: 'a date line (no words but dates and names), and no sentence dates this day',
        })
      }
    }
  }
  return groups
}
