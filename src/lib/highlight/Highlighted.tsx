import { Fragment, useMemo } from 'react'
import type { WordMatcher } from '../../model/search/words'
import { breakable } from './breakable'
import { highlight } from './highlight'

export interface HighlightedProps {
  text: string
  /** From `useSearch().match`; null: plain text. */
  match: WordMatcher | null
}

/** The text with every matched word in a `<mark>`; always rendered as text, never as HTML; long words breakable. */
export function Highlighted({ text, match }: HighlightedProps) {
  const segments = useMemo(() => highlight(text, match), [text, match])
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i}>{breakable(segment.text)}</mark>
    ) : (
      <Fragment key={i}>{breakable(segment.text)}</Fragment>
    ),
  )
}
