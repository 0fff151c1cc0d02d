import { useId, useState } from 'react'
import { useT } from '../../lib/i18n'
import type { Language } from '../../model'
import { formatDayText, parseDayText } from './day-text'

export interface DayFieldProps {
  label: string
  /** The committed day (ISO), null: none. */
  value: string | null
  /** A whole valid day as soon as one is typed, or null when the field is emptied. */
  onChange: (iso: string | null) => void
}

/**
 * A text field for one day in the UI language's form (`дд.мм.гггг` / `yyyy-mm-dd`), not `<input type="date">`,
 * whose format follows the browser's locale (mm/dd/yyyy in the Russian UI of an English Chromium).
 * What is typed stays as typed until it is a whole day; a wrong one is explained, never applied.
 */
export function DayField({ label, value, onChange }: DayFieldProps) {
  const { t, language } = useT()
  // The language `t` speaks, so the form matches the placeholder.
  const lang: Language = language === 'ru' ? 'ru' : 'en'
  const id = useId()
  const shown = value === null ? '' : formatDayText(value, lang)
  const [draft, setDraft] = useState<{ text: string; left: boolean } | null>(null)
  // A new value or language (a link, "Clear", the other field swapping the ends) replaces what was typed.
  const [typedOver, setTypedOver] = useState(shown)
  if (typedOver !== shown) {
    setTypedOver(shown)
    setDraft(null)
  }
  const current = typedOver === shown ? draft : null
  const text = current?.text ?? shown
  const format = t('features.filters.dayFormat')
  const error = current ? problemOf(current.text) : null
  const showError = error !== null && (current?.left === true || error !== 'format')

  function problemOf(typed: string) {
    const read = parseDayText(typed)
    return read.ok ? null : read.problem
  }

  function type(next: string) {
    setDraft({ text: next, left: false })
    const read = parseDayText(next)
    if (read.ok && read.iso !== value) onChange(read.iso)
  }

  const message =
    error === 'format' ? t('features.filters.dayFormatError', { format }) : t('features.filters.noSuchDay')
  return (
    <span className="day-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={10}
        maxLength={10}
        placeholder={format}
        value={text}
        aria-invalid={showError || undefined}
        aria-describedby={showError ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => type(event.target.value)}
        onBlur={() => current && setDraft({ ...current, left: true })}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('features.filters.dayHint', { format })}
      </span>
      {showError && (
        <span id={`${id}-error`} className="day-field__error" role="alert">
          {message}
        </span>
      )}
    </span>
  )
}
