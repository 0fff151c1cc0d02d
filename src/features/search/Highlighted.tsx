import { useMemo } from 'react'
import { highlight } from './highlight'

export interface HighlightedProps {
  text: string
  /** Matched index terms from `searchEvents`; empty: plain text. */
  terms: readonly string[]
}

/** The text with every matched word in a `<mark>`; always rendered as text, never as HTML. */
export function Highlighted({ text, terms }: HighlightedProps) {
  const segments = useMemo(() => highlight(text, terms), [text, terms])
  return segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))
}
