/**
 * A day typed by hand, in the UI language's own form: `дд.мм.гггг` in Russian, `yyyy-mm-dd` in English
 * (each language also reads the other form, so a pasted date works). Checked with the model's date code,
 * so "31.02.2019" is refused for the same reason a data file's "2019-02-31" is.
 */
import { parseDate, type Language } from '../../model'

export type DayText = { ok: true; iso: string | null } | { ok: false; problem: 'format' | 'no-such-day' }

/** Each language's form; its placeholder and hint are in the locale files (`features.filters.dayFormat`). */
const DAY_PATTERN: Readonly<Record<Language, RegExp>> = {
  ru: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
  en: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
}

const pad2 = (n: string) => n.padStart(2, '0')

function toIso(text: string): string | null {
  const dotted = DAY_PATTERN.ru.exec(text)
  if (dotted) return `${dotted[3]}-${pad2(dotted[2] ?? '')}-${pad2(dotted[1] ?? '')}`
  const iso = DAY_PATTERN.en.exec(text)
  if (iso) return `${iso[1]}-${pad2(iso[2] ?? '')}-${pad2(iso[3] ?? '')}`
  return null
}

/** Reads a typed day: `iso: null` for an empty field (no bound), or why it is not a day. */
export function parseDayText(text: string): DayText {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, iso: null }
  const iso = toIso(trimmed)
  if (iso === null) return { ok: false, problem: 'format' }
  const parsed = parseDate(iso)
  if (!parsed.ok || parsed.date.kind !== 'day') return { ok: false, problem: 'no-such-day' }
  return { ok: true, iso }
}

/** An ISO day (`2019-05-31`) as the field shows it in `lang`. */
export function formatDayText(iso: string, lang: Language): string {
  if (lang === 'en') return iso
  const [year, month, day] = iso.split('-')
  return `${day}.${month}.${year}`
}
