/** Words the rules are made of: month names, seasons, ordinals, number words, in Russian and English. */
import type { Season } from '../../model/date'

/** Russian month stems in every case form ("мая", "июне", "декабрь"). */
export const RU_MONTH =
  '(январ[ьяюе]|феврал[ьяюе]|март[аеу]?|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|август[аеу]?|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])'
const RU_MONTH_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
]

export const EN_MONTH =
  '(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)'
const EN_MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

export function ruMonth(word: string): number {
  const w = word.toLowerCase()
  // "ма" is a prefix of nothing else in the list; check longer stems first.
  const index = RU_MONTH_STEMS.findIndex((stem) => stem !== 'ма' && w.startsWith(stem))
  return index >= 0 ? index + 1 : 5
}

export function enMonth(word: string): number {
  return EN_MONTH_STEMS.indexOf(word.toLowerCase().slice(0, 3)) + 1
}

export function ruSeason(word: string): Season {
  const w = word.toLowerCase()
  if (w.startsWith('зим')) return 'WI'
  if (w.startsWith('весн') || w.startsWith('весен')) return 'SP'
  if (w.startsWith('лет')) return 'SU'
  return 'FA'
}

export function enSeason(word: string): Season {
  const w = word.toLowerCase()
  if (w === 'winter') return 'WI'
  if (w === 'spring') return 'SP'
  if (w === 'summer') return 'SU'
  return 'FA'
}

const RU_NUMBERS: Record<string, number> = {
  один: 1,
  одну: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  // Genitive forms: "около четырех часов", "более двух лет".
  двух: 2,
  трех: 3,
  трёх: 3,
  четырех: 4,
  четырёх: 4,
  пяти: 5,
  шести: 6,
  семи: 7,
  восьми: 8,
  девяти: 9,
  десяти: 10,
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
}
const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}
export const RU_NUMBER_WORD = `(?:\\d{1,3}(?:,\\d+)?|${Object.keys(RU_NUMBERS).join('|')}|полтора|полторы|полутора|несколько|нескольких)`
export const EN_NUMBER_WORD = `(?:\\d{1,3}(?:\\.\\d+)?|${Object.keys(EN_NUMBERS).join('|')}|several|a few|a couple of)`

export function ruNumber(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (RU_NUMBERS[word.toLowerCase()] ?? null)
}
export function enNumber(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (EN_NUMBERS[word.toLowerCase()] ?? null)
}

/** Ordinals "первой/второй …", "first/second …" → 1, 2, … */
export function ruOrdinal(word: string): number {
  const w = word.toLowerCase()
  if (w.startsWith('перв') || w === 'i' || w === '1') return 1
  if (w.startsWith('втор') || w === 'ii' || w === '2') return 2
  if (w.startsWith('трет') || w === 'iii' || w === '3') return 3
  return 4
}
export function enOrdinal(word: string): number {
  const w = word.toLowerCase()
  if (w.startsWith('first') || w === '1st' || w === '1') return 1
  if (w.startsWith('second') || w === '2nd' || w === '2') return 2
  if (w.startsWith('third') || w === '3rd' || w === '3') return 3
  return 4
}

/** Relative year words → offset from the document's year. */
export function ruYearOffset(word: string): number {
  const w = word.toLowerCase()
  if (w.startsWith('позапрошл')) return -2
  if (w.startsWith('прошл') || w.startsWith('минувш') || w.startsWith('прошедш')) return -1
  if (w.startsWith('следующ') || w.startsWith('будущ') || w.startsWith('наступающ')) return 1
  return 0
}
export function enYearOffset(word: string): number {
  const w = word.toLowerCase()
  if (w === 'last' || w === 'previous' || w === 'past') return -1
  if (w === 'next' || w === 'following' || w === 'coming') return 1
  return 0
}

export const RU_WEEKDAYS = ['понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресень']
export const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
