import { useId, type KeyboardEvent } from 'react'
import { useT } from '../../lib/i18n'

export interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** Number of matching events; announced politely. null: no search running (nothing announced). */
  resultCount: number | null
  /** The results for the text in the box are on their way (the index loading on a first search). */
  busy?: boolean
  /** The box got focus: a search is likely to follow. */
  onFocus?: () => void
}

/** The one searchbox ("Search" / "Поиск"); Escape clears it. */
export function SearchBox({ value, onChange, resultCount, busy = false, onFocus }: SearchBoxProps) {
  const { t } = useT()
  const id = useId()
  const count =
    resultCount !== null
      ? t('features.search.results', { count: resultCount })
      : busy
        ? t('features.search.searching')
        : ''
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault()
      onChange('')
    }
  }
  return (
    <div className="search-box" role="search">
      <label htmlFor={id}>{t('features.search.label')}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={t('features.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      />
      {/* aria-busy: assistive technology waits for the count; so does the benchmark's settling. */}
      <output className="search-box-count" aria-live="polite" aria-busy={busy} htmlFor={id}>
        {count}
      </output>
    </div>
  )
}
