/**
 * The tense of the clause around an expression: a month, season or weekday without a year is the
 * previous occurrence in a clause about the past ("said on Tuesday", "в декабре прошли переговоры"),
 * the next in a clause about the future or a plan ("hopes to visit … in the autumn", "договорились
 * провести в январе"), the nearest when the clause says neither. The cue nearest the expression wins.
 */
import type { Cues } from './tense-cues'
import { EN_CUES } from './tense-cues-en'
import { RU_CUES } from './tense-cues-ru'

export type Tense = 'past' | 'future' | null
/** A tense with the words that decided it ("will be held", «состоится»), for the reason shown to a curator. */
export interface TenseCue {
  tense: Tense
  cue: string | null
}

const CUES: Record<'ru' | 'en', Cues> = { ru: RU_CUES, en: EN_CUES }

/** Not after an abbreviation whose full stop ends no clause: "St. Petersburg", "Mr. Abe". */
const ABBREVIATION = '(?<!(?<![\\p{L}])(?:St|Mr|Mrs|Ms|Dr|Gen|Prof|Lt|Col|Sen|Rep|Gov|Jr|Sr))'
/** Clause boundaries: punctuation, the words that open a reported clause, and coordination ("held in August and agreed to …"). */
const CLAUSE_END = new RegExp(
  `${ABBREVIATION}\\.|[;!?\\n,:«»"“”()—]|(?<![\\p{L}])(?:that|что|which|который|которая|которое|которые|but|and|а|но|и)(?![\\p{L}])`,
  'giu',
)
/** Sentence boundaries: a full stop or line end (initials and "г." are rare enough inside a clause's reach). */
const SENTENCE_END = new RegExp(`${ABBREVIATION}\\.\\s|[!?\\n]\\s|\\n`, 'gu')

/** How far a clause or sentence may reach either side of an expression: keeps the work per match small. */
const REACH = 300

function bounds(text: string, start: number, end: number, pattern: RegExp): [number, number] {
  const offset = Math.max(0, start - REACH)
  let from = offset
  let to = Math.min(text.length, end + REACH)
  for (const m of text.slice(offset, to).matchAll(pattern)) {
    const s = offset + m.index
    const e = s + m[0].length
    if (e <= start) from = e
    else if (s >= end) {
      to = s
      break
    }
  }
  return [from, to]
}

function nearestCue(
  text: string,
  start: number,
  end: number,
  [from, to]: [number, number],
  cues: Cues,
  inClause: boolean,
): TenseCue & { weak?: boolean } {
  const span = text.slice(from, to)
  let weak = false
  const found: { tense: Exclude<Tense, null>; s: number; e: number }[] = []
  for (const m of span.matchAll(cues.future)) {
    // "May" is a month; "may" a modal verb.
    const s = from + m.index
    const e = s + m[0].length
    // A cue around the expression ("agreed in November to speed up") dates the decision, not its plan.
    if (s < start && e > end) continue
    if (m[0] === 'May') continue
    const verb = cues.decision.exec(m[0])
    if (verb && s >= end) found.push({ tense: 'past', s, e: s + verb[0].length })
    else if (verb && cues.occasion?.test(text.slice(e, start))) found.push({ tense: 'past', s, e: s + verb[0].length })
    else found.push({ tense: 'future', s, e })
  }
  for (const m of span.matchAll(cues.past)) {
    const s = from + m.index
    const e = s + m[0].length
    if (cues.notPast?.test(m[0])) continue
    // The second half of a compound adjective ("Japanese-claimed islands") is not a verb.
    if (text[s - 1] === '-') continue
    if (cues.reporting.test(m[0])) {
      if (!inClause) continue
      const between = e <= start ? text.slice(e, start) : text.slice(end, s)
      if (cues.eventNoun.test(between)) {
        weak = true
        continue
      }
    }
    if (found.some((f) => f.s < e && f.e > s)) continue
    // A cue inside the expression itself ("last", "ago") is not the clause's tense.
    if (s >= start && e <= end) continue
    const irrealis = cues.irrealis?.test(text.slice(Math.max(from, s - 40), s)) ?? false
    found.push({ tense: irrealis ? 'future' : 'past', s, e })
  }
  for (const [tense, pattern] of [
    ['future', cues.before?.future],
    ['past', cues.before?.past],
  ] as const) {
    if (!pattern) continue
    for (const m of span.matchAll(pattern)) {
      const s = from + m.index
      const e = s + m[0].length
      if (e <= start && !found.some((f) => f.s < e && f.e > s)) found.push({ tense, s, e })
    }
  }
  // A superseded plan's words are one past cue: none of its parts ("scheduled for", "to return") is a plan.
  for (const m of cues.superseded ? span.matchAll(cues.superseded) : []) {
    const s = from + m.index
    const e = s + m[0].length
    if (s >= start && e <= end) continue
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]
      if (f && f.s < e && f.e > s) found.splice(i, 1)
    }
    found.push({ tense: 'past', s, e })
  }
  const distance = (f: { s: number; e: number }) => (f.e <= start ? start - f.e : f.s >= end ? f.s - end : 0)
  const ranked = found.filter((f) => !(f.s >= start && f.e <= end)).sort((a, b) => distance(a) - distance(b))
  let best = ranked[0]
  // An infinitive after the expression is a purpose of the clause's verb ("met … on Wednesday to discuss"):
  // with a past verb before the expression, the purpose is past too; alone ("visiting Russia in late April to
  // hold talks") it is the plan.
  if (best && best.tense === 'future' && best.s >= end && /^to\s/i.test(text.slice(best.s, best.e)))
    best = ranked.find((f) => f.tense === 'past' && f.e <= start) ?? best
  return best ? { tense: best.tense, cue: text.slice(best.s, best.e) } : { tense: null, cue: null, weak }
}

/** A word that opens a reported or relative clause. */
const CLAUSE_OPENER = /(?<![\p{L}])(?:that|which|who|что|чтобы|который|которая|которое|которые)(?![\p{L}])/iu

/**
 * "In February, the minister said that … would …", «В феврале министр заявил, что … будет»: an expression that
 * opens its sentence, before the verb of saying, dates the saying; what was said is another clause.
 */
function frontedReport(text: string, start: number, end: number, cues: Cues): TenseCue | null {
  const [from, to] = bounds(text, start, end, SENTENCE_END)
  if (!/^[\s"“«(]*$/u.test(text.slice(from, start))) return null
  const rest = text.slice(end, to)
  for (const m of rest.matchAll(cues.past)) {
    if (!cues.reporting.test(m[0])) continue
    const before = rest.slice(0, m.index)
    if (CLAUSE_OPENER.test(before) || cues.eventNoun.test(before)) return null
    if (before.match(cues.future) !== null) return null
    return { tense: 'past', cue: m[0] }
  }
  return null
}

/** The tense of the clause holding text[start, end) and the cue that decided it. */
export function tenseCueAt(text: string, start: number, end: number, language: 'ru' | 'en'): TenseCue {
  const cues = CUES[language]
  const inClause = nearestCue(text, start, end, bounds(text, start, end, CLAUSE_END), cues, true)
  if (inClause.tense) return inClause
  // A clause whose only verb reports an event it names is neutral: the rest of the sentence does not decide.
  if (inClause.weak) return { tense: null, cue: null }
  return (
    frontedReport(text, start, end, cues) ??
    nearestCue(text, start, end, bounds(text, start, end, SENTENCE_END), cues, false)
  )
}

/** The tense of the clause holding text[start, end): past, future (a plan) or null. */
export function tenseAt(text: string, start: number, end: number, language: 'ru' | 'en'): Tense {
  return tenseCueAt(text, start, end, language).tense
}

/** The reason a tense gives a resolution: "future: governed by 'состоится'". */
export function tenseReason(cue: TenseCue): string {
  return cue.tense ? `${cue.tense}: governed by '${cue.cue ?? ''}'` : 'no tense cue: the nearest to the document date'
}
