/** The pieces the Russian rules share: relative words, the year after a month, parts of periods. */
import { ruOrdinal, ruYearOffset } from './lexicon'
import { dateInterval, parseDate, type Season } from '../../model/date'
import { refValue, startedSeason, valid, type RefDay } from './resolve'
import { type Groups } from './rule'

export const RU_REL = '(?:этого|текущего|нынешнего|позапрошлого|прошлого|минувшего|следующего|будущего|наступающего)'
export const RU_G = '(?:\\s*(?:г\\.|года|году|год|г(?!\\p{L})))'
/** An optional year after a month or season: "2019 г.", "этого года". */
export const ruYear = (n = '') => `(?:\\s+(?<y${n}>\\d{4})${RU_G}?|\\s+(?<r${n}>${RU_REL})\\s+года)?`

export function yearOf(g: Groups, ref: RefDay, offset: (w: string) => number, n = ''): number | undefined {
  const y = g[`y${n}`]
  if (y !== undefined) return Number(y)
  const r = g[`r${n}`]
  if (r !== undefined) return ref.year + offset(r)
  return undefined
}
export const ruYearOf = (g: Groups, ref: RefDay, n = '') => yearOf(g, ref, ruYearOffset, n)

export const RU_WEEKDAY = '(?:понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)'
export const RU_MONTH_ABBR = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек']

export const RU_PART: Record<string, string> = {
  начале: 'START',
  начала: 'START',
  началу: 'START',
  начало: 'START',
  середине: 'MID',
  середины: 'MID',
  середину: 'MID',
  конце: 'END',
  конца: 'END',
  концу: 'END',
  конец: 'END',
  // «в первых числах мая», «в последних числах мая»: the first or last days of the month.
  'первых числах': 'START',
  'последних числах': 'END',
  'первые дни': 'START',
  'последние дни': 'END',
}
/**
 * "до конца года": from the document's date up to the period; when the document's date already lies in it
 * («до конца года» said in September, inside the year's END part), up to the period's last day.
 */
export function untilOr(text: string, ref: RefDay, value: string): string {
  if (!/^до\s/i.test(text)) return value
  const from = refValue(ref)
  const span = `${from}/${value}`
  if (valid(span) !== null) return span
  const parsed = parseDate(value)
  if (!parsed.ok) return value
  return valid(`${from}/${dateInterval(parsed.date).end}`) ?? value
}
export function ruPart(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ')
  if (w.includes('декаде')) return ['START', 'MID', 'END'][ruOrdinal(w) - 1] ?? 'END'
  return RU_PART[w] ?? 'MID'
}

/** The first such season that begins after the reference: «следующей весной», «будущим летом». */
export function seasonAfter(ref: RefDay, season: Season): string {
  const begun = startedSeason(ref, season)
  return `${Number(begun.slice(0, 4)) + 1}-${season}`
}
