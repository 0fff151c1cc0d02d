/**
 * Named rules for the temporal expressions chrono-node does not resolve to the dataset's grammar.
 * Each rule is a pattern and a resolver: a grammar value, `null` for an expression that is not a
 * date (a duration, a vague reference), `undefined` to decline the match, or an anaphor to resolve against
 * the last date the text named (anaphora.ts). The rules themselves are in rules-ru.ts and rules-en.ts.
 */
import type { Anaphor } from './anaphora'
import type { RefDay } from './resolve'
import type { Tense } from './tense'

export type Groups = Record<string, string | undefined>
/** The clause around a match. Its tense is worked out on first read, and a resolution that read it says so. */
export interface Clause {
  readonly tense: Tense
  /** The text before the match, in its segment: what an anaphoric noun ("the war") may refer back to. */
  readonly preceding: string
}
/** A value with the reason to show a curator, where the rule knows better than the default. */
export interface Resolved {
  value: string | null
  reason: string
}
export type Resolution = string | null | undefined | Resolved | Anaphor
export interface Rule {
  name: string
  language: 'ru' | 'en'
  pattern: RegExp
  resolve: (groups: Groups, ref: RefDay, text: string, clause: Clause) => Resolution
}

const END = '(?![\\p{L}\\d])'
/** A clause's tense as a direction in time, for weekdays named alone. */
export const tenseDirection = (t: Tense): -1 | 0 | 1 => (t === 'past' ? -1 : t === 'future' ? 1 : 0)
export function rule(name: string, language: 'ru' | 'en', source: string, resolve: Rule['resolve']): Rule {
  // Grouped, so every alternative of the pattern ends at a word's end («ныне» is not the start of «нынешний»).
  return { name, language, pattern: new RegExp(`(?:${source})${END}`, 'iu'), resolve }
}
/** The text of a named group, '' when it did not take part in the match. */
export const m = (g: Groups, key: string) => g[key] ?? ''
