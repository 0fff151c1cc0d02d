/**
 * Break opportunities in words too long for any line. Chromium lays out a long run with no break opportunity
 * under `overflow-wrap: anywhere` (or `break-word`) in time that grows steeply with the run in Cyrillic: a
 * 200,000-letter word took 16.5 s per layout (Latin 0.2 s), and printing it never finished. A `<wbr>` every
 * 32 characters of such a run gives the line breaker its opportunities (0.16 s for the same word), draws the
 * same, and, unlike an inserted U+200B, leaves the copied text as it was. Runs under 64 characters (every real
 * word) are left alone.
 */
import { Fragment, type ReactNode } from 'react'

const LONG_RUN = /\S{64,}/gu
const CHUNK = 32
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

export function breakable(text: string): ReactNode {
  if (text.length < 64) return text
  const parts: ReactNode[] = []
  let at = 0
  for (const found of text.matchAll(LONG_RUN)) {
    if (found.index > at) parts.push(text.slice(at, found.index))
    const run = found[0]
    for (let i = 0; i < run.length;) {
      let end = Math.min(i + CHUNK, run.length)
      // Cut between code points, never inside a surrogate pair.
      if (end < run.length && isHighSurrogate(run.charCodeAt(end - 1))) end++
      if (i > 0) parts.push(<wbr key={`${found.index}-${i}`} />)
      parts.push(run.slice(i, end))
      i = end
    }
    at = found.index + run.length
  }
  if (parts.length === 0) return text
  if (at < text.length) parts.push(text.slice(at))
  return <Fragment>{parts}</Fragment>
}

/** A text, drawn with break opportunities in any word too long for a line (see `breakable`). */
export function BreakableText({ text }: { text: string }) {
  return breakable(text)
}
