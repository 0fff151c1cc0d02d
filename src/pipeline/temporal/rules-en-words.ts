/** The pieces the English rules share: relative words, the year after a month, parts of periods. */
import { enYearOffset } from './lexicon'
import { refValue, type RefDay } from './resolve'
import { type Groups } from './rule'

export const EN_REL = '(?:this|last|next|the\\s+following|the\\s+previous|the\\s+coming|the\\s+same|the\\s+current)'
export const enYear = (n = '') => `(?:,?\\s+(?<y${n}>\\d{4})(?!\\d)|\\s+(?:of\\s+)?(?<r${n}>${EN_REL})\\s+year)?`
export const enOffset = (w: string) => enYearOffset(w.replace(/^the\s+/i, '').replace(/\s+/g, ' '))
export const enRelYearOf = (g: Groups, ref: RefDay, n = ''): number | undefined => {
  const y = g[`y${n}`]
  if (y !== undefined) return Number(y)
  const r = g[`r${n}`]
  return r !== undefined ? ref.year + enOffset(r) : undefined
}
/** English month names must be capitalised: "may", "march" are verbs. */
export const capitalised = (word: string) => /^\p{Lu}/u.test(word)
export function enPart(word: string): string {
  const w = word.toLowerCase()
  if (w.startsWith('early') || w.startsWith('beginning') || w.startsWith('start') || w.startsWith('first'))
    return 'START'
  if (w.startsWith('late') || w.startsWith('end')) return 'END'
  return 'MID'
}
/** "until the end of the year": from the document's date up to the period. */
export const enUntilOr = (text: string, ref: RefDay, value: string) =>
  /^(?:until|till|up\s+to)\s/i.test(text) ? `${refValue(ref)}/${value}` : value
export const EN_PART = '(?<p>early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of)'
/** "the following week" counts from the last date named (anaphora.ts); "next week" from the document's date. */
export const isAnaphoric = (r: string) => /^the\s+(?:following|previous|same)$/i.test(r.replace(/\s+/g, ' '))
