/**
 * Words for dates, hand-written rather than taken from Intl: the strings must be identical in Node and every
 * browser, and Russian needs two cases (nominative "ноябрь", genitive "ноября" after a day, a part or "около").
 */
import type { Part, Season } from './types'

/** Russian grammatical case: nominative for a bare phrase, genitive after "около". */
export type RuCase = 'nom' | 'gen'

type RuWord = Readonly<Record<RuCase, string>>

const ru = (nom: string, gen: string): RuWord => ({ nom, gen })

export const RU_MONTHS: readonly RuWord[] = [
  ru('январь', 'января'),
  ru('февраль', 'февраля'),
  ru('март', 'марта'),
  ru('апрель', 'апреля'),
  ru('май', 'мая'),
  ru('июнь', 'июня'),
  ru('июль', 'июля'),
  ru('август', 'августа'),
  ru('сентябрь', 'сентября'),
  ru('октябрь', 'октября'),
  ru('ноябрь', 'ноября'),
  ru('декабрь', 'декабря'),
]

export const EN_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export const RU_SEASONS: Readonly<Record<Season, RuWord>> = {
  SP: ru('весна', 'весны'),
  SU: ru('лето', 'лета'),
  FA: ru('осень', 'осени'),
  WI: ru('зима', 'зимы'),
}

export const EN_SEASONS: Readonly<Record<Season, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }

/** START / MID / END of a month or a year. */
export const RU_PARTS: Readonly<Record<Part, RuWord>> = {
  START: ru('начало', 'начала'),
  MID: ru('середина', 'середины'),
  END: ru('конец', 'конца'),
}

/** English part words with the glue before what follows: "early 2018" but "mid-2018". */
export const EN_PARTS: Readonly<Record<Part, readonly [word: string, glue: string]>> = {
  START: ['early', ' '],
  MID: ['mid', '-'],
  END: ['late', ' '],
}

export const RU_HALF_OF_YEAR: Readonly<Record<1 | 2, RuWord>> = {
  1: ru('первое полугодие', 'первого полугодия'),
  2: ru('второе полугодие', 'второго полугодия'),
}

export const RU_HALF_OF_MONTH: Readonly<Record<1 | 2, RuWord>> = {
  1: ru('первая половина', 'первой половины'),
  2: ru('вторая половина', 'второй половины'),
}

export const EN_HALF: Readonly<Record<1 | 2, string>> = { 1: 'first half of', 2: 'second half of' }

export const ROMAN_QUARTERS: Readonly<Record<1 | 2 | 3 | 4, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' }

export const RU_QUARTER: RuWord = ru('квартал', 'квартала')

/** Index a month table with a 1-based month the parser has already checked. */
export function monthName<T>(table: readonly T[], month: number): T {
  const name = table[month - 1]
  if (name === undefined) throw new RangeError(`month ${month} does not exist`)
  return name
}
